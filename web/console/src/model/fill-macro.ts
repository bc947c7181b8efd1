/** Fills a canned reply's variables ({order_id}, {customer_name}, {agent_name}) from the conversation. */

/** What a macro may refer to; a missing value leaves its {variable} visible for the agent. */
export interface MacroValues {
  order_id?: string | null | undefined;
  customer_name?: string | null | undefined;
  agent_name?: string | null | undefined;
}

/** `body` with every known variable that has a value replaced. */
export function fillMacro(body: string, values: MacroValues): string {
  return body.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = (values as Record<string, string | null | undefined>)[name];
    return value ? value : whole;
  });
}
