/** The inputs each order action needs (skus from the order's lines, sibling sizes proposed). */
import type { ActionType } from '../../../../src/engine/actions/action-definition.ts';
import type { CustomerOrder } from '../api/schemas.ts';
import type { ActionFields as Fields } from '../model/action-params.ts';
import { useEffect, useState } from 'preact/hooks';
import type { Variants } from '../api/console-api.ts';
import { useUi } from '../ui-context.ts';

interface Props {
  type: ActionType;
  order: CustomerOrder;
  fields: Fields;
  set(fields: Fields): void;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

function SkuSelect(props: Props & { name: 'fromSku' | 'sku'; label: string }) {
  return (
    <label>
      {props.label}
      <select
        name={props.name}
        value={props.fields[props.name]}
        onChange={(e) => props.set({ ...props.fields, [props.name]: value(e) })}
      >
        {props.order.items.map((i) => (
          <option key={i.sku} value={i.sku}>
            {i.sku}
          </option>
        ))}
      </select>
    </label>
  );
}

function Defect({ fields, set }: Props) {
  const { t } = useUi();
  return (
    <label class="check">
      <input
        type="checkbox"
        name="defect"
        checked={fields.defect}
        onChange={(e) => set({ ...fields, defect: e.currentTarget.checked })}
      />
      {t.defect}
    </label>
  );
}

function Swap(props: Props) {
  const { t, api, lang } = useUi();
  const { fields, set } = props;
  const [siblings, setSiblings] = useState<Variants['variants']>([]);
  useEffect(() => {
    let live = true;
    api
      .variants(fields.fromSku, lang === 'en' ? 'en' : 'zh')
      .then(
        (answer) => live && setSiblings(answer.variants.filter((v) => v.sku !== fields.fromSku)),
      )
      .catch(() => live && setSiblings([]));
    return () => {
      live = false;
    };
  }, [fields.fromSku, lang]);
  return (
    <>
      <SkuSelect {...props} name="fromSku" label={t.fromSku} />
      <label>
        {t.toSku}
        <select
          name="toSku"
          value={fields.toSku}
          required
          onChange={(e) => set({ ...fields, toSku: value(e) })}
        >
          <option value="">—</option>
          {siblings.map((v) => (
            <option key={v.sku} value={v.sku} disabled={v.stock <= 0}>
              {`${v.label} · ${v.sku} · ${t.inStock} ${v.stock}`}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

function Address({ fields, set }: Props) {
  const { t } = useUi();
  const keys = [
    ['name', t.addressName],
    ['phone', t.addressPhone],
    ['region', t.addressRegion],
    ['line', t.addressLine],
    ['zip', t.addressZip],
  ] as const;
  return (
    <>
      {keys.map(([key, label]) => (
        <label key={key}>
          {label}
          <input
            name={`address-${key}`}
            value={fields.address[key]}
            required={key !== 'zip'}
            onInput={(e) => set({ ...fields, address: { ...fields.address, [key]: value(e) } })}
          />
        </label>
      ))}
    </>
  );
}

/** The fields of `type`. */
export function ActionFieldsView(props: Props) {
  const { t } = useUi();
  const { fields, set } = props;
  switch (props.type) {
    case 'cancel_order':
      return null;
    case 'change_address':
      return <Address {...props} />;
    case 'change_items':
      return <Swap {...props} />;
    case 'exchange':
      return (
        <>
          <Swap {...props} />
          <Defect {...props} />
        </>
      );
    case 'return':
      return (
        <>
          <SkuSelect {...props} name="sku" label={t.sku} />
          <label>
            {t.qty}
            <input
              name="quantity"
              type="number"
              min={1}
              value={fields.quantity}
              onInput={(e) => set({ ...fields, quantity: Math.max(1, Number(value(e)) || 1) })}
            />
          </label>
          <label>
            {t.returnReason}
            <input
              name="reason"
              value={fields.reason}
              onInput={(e) => set({ ...fields, reason: value(e) })}
            />
          </label>
          <Defect {...props} />
        </>
      );
    case 'price_protection':
      return <SkuSelect {...props} name="sku" label={t.sku} />;
    case 'invoice_request':
      return (
        <label>
          {t.invoiceKind}
          <select
            name="kind"
            value={fields.kind}
            onChange={(e) => set({ ...fields, kind: value(e) })}
          >
            <option value="electronic">electronic</option>
            <option value="paper">paper</option>
          </select>
        </label>
      );
  }
}
