/**
 * English cues of the order and after-sales intents (greeting … invoice): words and short
 * phrases a shop assistant associates with each intent, written from shop knowledge and common
 * misspellings rather than copied from the corpus. Matched on whole stemmed words.
 */
import type { Intent } from '../../domain/understanding.ts';

/** Splits a `|`-separated phrase list. */
export const cues = (list: string): readonly string[] =>
  list
    .split('|')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/** Phrases of whole words, per order / after-sales intent. */
export const EN_SERVICE_CUES: Partial<Record<Intent, readonly string[]>> = {
  greeting: cues(`
    hi | hello | hey | hiya | yo | good morning | good afternoon | good evening |
    anyone there | anybody there | is anyone | are you there | you there | hallo | helo |
    morning | hii | heyy | heyyy | hellooo | howdy | greetings | good day | sup | hola
  `),
  thanks_bye: cues(`
    thank | thanks | thx | thank you | ty | cheers | bye | goodbye | see you | that's all |
    that is all | all good | all set | got it | no worries | appreciate | great help |
    perfect | ok cool | sorted | no more question | nothing else | have a nice | thank u | tq |
    tysm | ta | that helps | that helped | great thanks | nope | never mind | nvm | ok thanks |
    alright | later | cya | take care | have a good | you too | much appreciated
  `),
  human_agent: cues(`
    human | real person | person | agent | representative | rep | staff | operator |
    live chat | someone real | supervisor | manager | speak to | talk to | call me |
    not a bot | stop the bot | robot | automated | real agent | customer service |
    human being | real human | live agent | live person | actual person | customer support |
    support team | someone from | escalate to | transfer me | connect me | put me through |
    phone number | hotline | call back | callback | no bot | chatbot | machine
  `),
  order_tracking: cues(`
    where is my | where's my | wheres my | track | tracking | status of my order |
    order status | when will | arrive | arrival | ship yet | shipped | dispatch | deliver yet |
    not arrived | hasn't arrived | haven't received | didn't get | didnt get | still waiting |
    eta | parcel | package | pakage | courier | in transit | stuck | on the way |
    out for delivery | delivered but | lost | late | when do i get | how long until | hurry |
    expedite | where is it | where are my | status | update on my order | shipping update |
    tracking number | tracking link | delivery date | expected delivery | estimated |
    not received | never arrived | never got | hasn't shipped | not shipped |
    still not shipped | still processing | when ship | when is it coming | coming |
    been a week | been days | no update | delay | delayed | shipment | order number |
    where it is | location of my
  `),
  cancel_order: cues(`
    cancel | cancellation | cancelled | don't want it | dont want it | do not want |
    changed my mind | change my mind | ordered by mistake | by mistake | ordered twice |
    duplicate | double order | stop the order | stop my order | delete my order | void |
    withdraw | too late to | cancel it | cancel order | cancel the order | don't need it |
    no longer need | no longer want | not needed | accidentally ordered | accidental |
    wrong order | mistakenly | placed twice | stop shipping | don't ship | do not ship |
    call off | abort | undo my order | remove my order
  `),
  change_address: cues(`
    address | adress | addres | recipient | receiver | apartment | apt | flat | floor | unit |
    street | postcode | zip | zip code | postal code | deliver to | ship to | send it to |
    moved | moving | office instead | pickup point | pick up point | locker |
    wrong house number | house number | redirect | building | update my address |
    change address | change the address | wrong address | new address | different address |
    shipping address | delivery address | typo in address | send to | deliver it to | my work |
    my office | neighbour | neighbor | reroute | change delivery | change the delivery |
    phone number wrong | wrong phone | wrong name
  `),
  return_refund: cues(`
    return | returns | send back | send it back | sent back | money back | refund | reimburse |
    return label | return policy | return window | 30 day | 7 day | no questions asked |
    pick up for return | give it back | want my money | return it | return this |
    return these | returning | take it back | ship it back | want a refund | get a refund |
    full refund | refund me | refund please | return request | start a return |
    how do i return | can i return | return address | return shipping | restocking
  `),
  exchange: cues(`
    exchange | swap | switch | replace with | replacement | size up | size down | bigger size |
    smaller size | larger size | next size | different size | different colour |
    different color | another colour | another color | trade | instead of the | change size |
    change the size | change color | change colour | for a size | for the | swap it |
    swap for | exchange it | exchange for | change to | change it to | a size bigger |
    a size smaller | one size up | one size down | bigger one | smaller one | in a different |
    in another | the navy one | the black one | the white one | instead
  `),
  refund_status: cues(`
    refund status | status of refund | where is my refund | where's my refund | my refund |
    refund yet | refund still | money yet | not received my money | haven't got my money |
    nothing in my account | in my account | bank | card | credit card | paypal | chargeback |
    processed | approved | pending | how long refund | when will i get | when will i receive |
    refund amount | got less | still no refund | no refund | refund come | refund arrive |
    refund take | refund process | refund been | received the refund | get my refund |
    get the refund | haven't received refund | been refunded | refunded yet |
    when is my refund | money back yet | where is my money | where's my money | credited |
    reversed | statement | balance | still haven't
  `),
  price_protection: cues(`
    price drop | price dropped | dropped | price fell | cheaper now | cheaper | now on sale |
    on sale now | went down | price adjustment | price match | price protection | difference |
    the difference | refund difference | lower price | reduced | paid full price | paid more |
    after i bought | after buying | just bought | rebuy | price went down | price is lower |
    lower now | now cheaper | got cheaper | drop in price | price reduction | reduced price |
    marked down | on sale after | sale after i bought | price difference | partial refund |
    credit the difference | refund the difference | overpaid | paid too much | earlier order
  `),
  damaged_item: cues(`
    broken | broke | break | damaged | damage | defective | faulty | torn | tear | rip |
    ripped | hole | stain | stained | dirty | leak | leaking | crack | cracked | smashed |
    shattered | dented | scratch | scratched | missing | wrong item | wrong size sent |
    wrong colour | wrong color | sent the wrong | sent me | only got | not working |
    doesn't work | won't | stopped working | fell apart | coming off | came off | peeling |
    fade after | shed | used | smell | mould | mold | rash | allergic | burn | burnt |
    injured | needle | arrived | came | arrived damaged | arrived broken | came broken |
    came damaged | poor quality | bad quality | defect | flaw | unravel | loose thread | seam |
    split | bent | crushed | squashed | shrunk after | faded | discolored | discoloured |
    mismatched | incomplete | missing part | missing piece | parts missing |
    not what i ordered | different item | wrong product | counterfeit | fake | expired |
    spoiled | rotten | bug | insect | hair in | glue | marks | spots
  `),
  invoice: cues(`
    invoice | receipt | fapiao | vat | tax | billing | bill | company name | tax id |
    reimbursement | expense | proof of purchase | e invoice | electronic invoice |
    vat invoice | tax invoice | official receipt | invoice for | company invoice |
    business invoice | billing address | invoice title
  `),
};
