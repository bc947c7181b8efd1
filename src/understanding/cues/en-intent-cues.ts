/**
 * English intent cues: words and short phrases a shop assistant associates with each intent,
 * written from shop knowledge (and common misspellings) rather than copied from the corpus.
 * Phrases are matched on whole stemmed words (see find-intent-cues.ts), so `refund` also
 * catches "refunded" and `arrive broken` catches "arrived broken".
 */
import type { Intent } from '../../domain/understanding.ts';

/** Splits a `|`-separated phrase list. */
const cues = (list: string): readonly string[] =>
  list
    .split('|')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/** Phrases of whole words, per intent. */
export const EN_INTENT_CUES: Record<Intent, readonly string[]> = {
  greeting: cues(`hi | hello | hey | hiya | yo | good morning | good afternoon | good evening |
    anyone there | anybody there | is anyone | are you there | you there | hallo | helo | morning`),
  thanks_bye: cues(`thank | thanks | thx | thank you | ty | cheers | bye | goodbye | see you |
    that's all | that is all | all good | all set | got it | no worries | appreciate | great help |
    perfect | ok cool | sorted | no more question | nothing else | have a nice`),
  human_agent: cues(`human | real person | person | agent | representative | rep | staff |
    operator | live chat | someone real | supervisor | manager | speak to | talk to | call me |
    not a bot | stop the bot | robot | automated | real agent | customer service`),
  order_tracking:
    cues(`where is my | where's my | wheres my | track | tracking | status of my order |
    order status | when will | arrive | arrival | ship yet | shipped | dispatch | deliver yet |
    not arrived | hasn't arrived | haven't received | didn't get | didnt get | still waiting | eta |
    parcel | package | pakage | courier | in transit | stuck | on the way | out for delivery |
    delivered but | lost | late | when do i get | how long until | hurry | expedite`),
  cancel_order:
    cues(`cancel | cancellation | cancelled | don't want it | dont want it | do not want |
    changed my mind | change my mind | ordered by mistake | by mistake | ordered twice | duplicate |
    double order | stop the order | stop my order | delete my order | void | withdraw | too late to`),
  change_address: cues(`address | adress | addres | recipient | receiver | apartment | apt | flat |
    floor | unit | street | postcode | zip | zip code | postal code | deliver to | ship to |
    send it to | moved | moving | office instead | pickup point | pick up point | locker |
    wrong house number | house number | redirect | building`),
  return_refund: cues(`return | returns | send back | send it back | sent back | money back |
    refund | reimburse | return label | return policy | return window | 30 day | 7 day |
    no questions asked | pick up for return | give it back | want my money`),
  exchange: cues(`exchange | swap | switch | replace with | replacement | size up | size down |
    bigger size | smaller size | larger size | next size | different size | different colour |
    different color | another colour | another color | trade | instead of the | change size |
    change the size | change color | change colour | for a size | for the`),
  refund_status: cues(`refund status | status of refund | where is my refund | where's my refund |
    my refund | refund yet | refund still | money yet | not received my money | haven't got my money |
    nothing in my account | in my account | bank | card | credit card | paypal | chargeback |
    processed | approved | pending | how long refund | when will i get | when will i receive |
    refund amount | got less | still no refund | no refund`),
  price_protection: cues(`price drop | price dropped | dropped | price fell | cheaper now |
    cheaper | now on sale | on sale now | went down | price adjustment | price match |
    price protection | difference | the difference | refund difference | lower price | reduced |
    paid full price | paid more | after i bought | after buying | just bought | rebuy`),
  damaged_item: cues(`broken | broke | break | damaged | damage | defective | faulty | torn | tear |
    rip | ripped | hole | stain | stained | dirty | leak | leaking | crack | cracked | smashed |
    shattered | dented | scratch | scratched | missing | wrong item | wrong size sent | wrong colour |
    wrong color | sent the wrong | sent me | only got | not working | doesn't work | won't |
    stopped working | fell apart | coming off | came off | peeling | fade after | shed | used |
    smell | mould | mold | rash | allergic | burn | burnt | injured | needle | arrived | came`),
  invoice: cues(`invoice | receipt | fapiao | vat | tax | billing | bill | company name |
    tax id | reimbursement | expense | proof of purchase`),
  product_info: cues(`made of | material | fabric | cotton | linen | wool | polyester | waterproof |
    water resistant | stretchy | stretch | breathable | warm | thick | thin | see through |
    see-through | transparent | shrink | fade | machine wash | wash | iron | dimension | weight |
    how heavy | how long is | how big | warranty | battery | capacity | pocket | hood | lining |
    genuine | authentic | ingredient | itchy | soft | high waist | does it have | does the |
    is it | is the | are these | are the`),
  size_advice: cues(`what size | which size | size should | size for | fit | fits | fitting |
    run small | run large | runs small | runs big | true to size | tts | size chart | size guide |
    height | weight | tall | lb | lbs | kg | cm | ft | feet | foot | inch | waist | chest | bust |
    usually wear | normally wear | loose | slim | snug | tight | measurement`),
  stock: cues(`in stock | stock | out of stock | available | availability | restock | back in |
    sold out | do you have | do u have | have any | left | any more | inventory | pre order |
    preorder | still have | come back`),
  price_promotion: cues(`discount | coupon | voucher | promo | promo code | code | deal | deals |
    sale | price | how much | cost | cheap | offer | bundle | buy 2 | get 1 free | free gift |
    member price | points | cashback | black friday | 618 | 11.11 | double 11 | first order |
    new customer | student discount | bulk`),
  shipping_policy:
    cues(`shipping | ship to | ship from | delivery fee | delivery cost | shipping fee |
    shipping cost | postage | free shipping | free delivery | courier | carrier | dhl | fedex |
    ups | sf express | express | overnight | next day | same day | international | overseas |
    abroad | po box | cash on delivery | cod | how long does shipping | how many days |
    deliver to | do you ship | do you deliver | shipping insurance | locally | warehouse`),
  recommend: cues(`recommend | recommendation | suggest | suggestion | gift | present | idea |
    for my | boyfriend | girlfriend | husband | wife | mom | mum | dad | grandma | grandpa |
    friend | coworker | birthday | anniversary | wedding | under | budget | around | best |
    popular | bestseller | best seller | new arrival | looking for | what should i buy | show me |
    something for | go with | match with`),
  compare: cues(`compare | comparison | difference between | what's the difference | vs | versus |
    which is better | which one is better | better | which | or the | softer | warmer | lighter |
    firmer | more comfortable | cheaper one | worth it | same as | different from`),
  complaint:
    cues(`complain | complaint | terrible | awful | horrible | worst | rude | unacceptable |
    disappointed | disappointing | upset | angry | ridiculous | joke | ignored | ignore |
    no one told | nobody | useless | rubbish | garbage | trash | scam | scammer | thief | thieves |
    crook | fraud | liar | lying | review | 1 star | one star | report | consumer council |
    social media | bad service | poor service | slow | too slow | unprofessional | never again |
    fed up | sick of | how bad`),
  other: cues(`weather | joke | sing | song | how old | your name | who are you | what time |
    lol | haha | test | testing | blah | asdf | zzz | movie | game | football | reset my phone |
    homework | recipe | bitcoin | stock market | lottery | meaning of life`),
};

/** The customer already has the order or item (after purchase). */
export const EN_AFTER_PURCHASE = cues(`received | receive | got | arrived | arrive | came |
  bought | ordered | purchased | delivered | opened | wore | worn | washed | used | my order |
  i order | after | already | yesterday | last week`);
/** The customer has not bought yet (before purchase). */
export const EN_BEFORE_PURCHASE = cues(`before i buy | before buying | before ordering |
  thinking of | planning to | considering | will it | does it | do they | is it | are they |
  would it | can i get | if i buy | if i order`);
