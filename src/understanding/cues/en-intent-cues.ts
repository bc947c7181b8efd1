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
  product_info: cues(`
    made of | material | fabric | cotton | linen | wool | polyester | waterproof |
    water resistant | stretchy | stretch | breathable | warm | thick | thin | see through |
    see-through | transparent | shrink | fade | machine wash | wash | iron | dimension |
    weight | how heavy | how long is | how big | warranty | battery | capacity | pocket |
    hood | lining | genuine | authentic | ingredient | itchy | soft | high waist |
    does it have | does the | is it | is the | are these | are the | what material |
    what fabric | how thick | how warm | is this | does this | can it | can this | will it |
    durable | quality of | specs | specification | feature | features | size of the | length |
    width | dimensions | colorfast | colourfast | dryer | dishwasher | microwave | bpa |
    organic | vegan | leather | real leather | washable | care instructions | made in |
    origin | brand | model
  `),
  size_advice: cues(`
    what size | which size | size should | size for | fit | fits | fitting | run small |
    run large | runs small | runs big | true to size | tts | size chart | size guide | height |
    weight | tall | lb | lbs | kg | cm | ft | feet | foot | inch | waist | chest | bust |
    usually wear | normally wear | loose | slim | snug | tight | measurement | size | sizes |
    sizing | size recommendation | between sizes | which one should i | should i get |
    should i order | should i pick | size up or | size down or | too big or | too small or |
    petite | plus size | big and tall | shoe size | eu size | us size | uk size | my foot |
    my waist | i'm 5 | im 5 | i am 5 | stone | pound | pounds
  `),
  stock: cues(`
    in stock | stock | out of stock | available | availability | restock | back in | sold out |
    do you have | do u have | have any | left | any more | inventory | pre order | preorder |
    still have | come back | is there stock | any stock | have in | have it in | come in |
    comes in | available in | when restock | back in stock | restocking | sold out again |
    out of | limited | only one left | how many left | do you carry | do you sell | carry
  `),
  price_promotion: cues(`
    discount | coupon | voucher | promo | promo code | code | deal | deals | sale | price |
    how much | cost | cheap | offer | bundle | buy 2 | get 1 free | free gift | member price |
    points | cashback | black friday | 618 | 11.11 | double 11 | first order | new customer |
    student discount | bulk | any discount | any coupon | any deal | on sale | sale price |
    price of | prices | pricing | how much is | how much for | expensive | reduction |
    promotion | promotional | flash sale | clearance | loyalty | reward | referral |
    gift card | when is the sale | next sale | cheaper if
  `),
  shipping_policy: cues(`
    shipping | ship to | ship from | delivery fee | delivery cost | shipping fee |
    shipping cost | postage | free shipping | free delivery | courier | carrier | dhl | fedex |
    ups | sf express | express | overnight | next day | same day | international | overseas |
    abroad | po box | cash on delivery | cod | how long does shipping | how many days |
    deliver to | do you ship | do you deliver | shipping insurance | locally | warehouse |
    ship internationally | shipping time | delivery time | how long does delivery |
    how long to deliver | how long does it take | take to arrive | ship out | dispatch time |
    processing time | shipping option | shipping method | which courier | what courier |
    pick up in store | collect | pickup | local pickup | shipped from | remote area | islands |
    customs | duty | duties
  `),
  recommend: cues(`
    recommend | recommendation | suggest | suggestion | gift | present | idea | for my |
    boyfriend | girlfriend | husband | wife | mom | mum | dad | grandma | grandpa | friend |
    coworker | birthday | anniversary | wedding | under | budget | around | best | popular |
    bestseller | best seller | new arrival | looking for | what should i buy | show me |
    something for | go with | match with | any suggestion | what do you suggest |
    what would you | good for | suitable | suit | perfect for | ideal for | what to buy |
    what to get | help me choose | help me pick | looking to buy | want something |
    need something | trending | what's popular | must have | top pick | outfit | style
  `),
  compare: cues(`
    compare | comparison | difference between | what's the difference | vs | versus |
    which is better | which one is better | better | which | or the | softer | warmer |
    lighter | firmer | more comfortable | cheaper one | worth it | same as | different from |
    what is the difference | difference in | differ | which one | which should | better for |
    better than | or which | compared to | comparing | pros and cons | worth the extra |
    more durable | cheaper option | same thing | a or b
  `),
  complaint: cues(`
    complain | complaint | terrible | awful | horrible | worst | rude | unacceptable |
    disappointed | disappointing | upset | angry | ridiculous | joke | ignored | ignore |
    no one told | nobody | useless | rubbish | garbage | trash | scam | scammer | thief |
    thieves | crook | fraud | liar | lying | review | 1 star | one star | report |
    consumer council | social media | bad service | poor service | slow | too slow |
    unprofessional | never again | fed up | sick of | how bad | not happy | unhappy |
    not satisfied | dissatisfied | frustrated | frustrating | annoyed | annoying | pathetic |
    disgrace | shameful | shocking | appalling | nightmare | waste of time | waste of money |
    poor | bad experience | bad communication | no response | never respond | nobody replies |
    keep waiting | every time | again | feedback | warn | warning | stay away |
    trading standards
  `),
  other: cues(`
    weather | joke | sing | song | how old | your name | who are you | what time | lol | haha |
    test | testing | blah | asdf | zzz | movie | game | football | reset my phone | homework |
    recipe | bitcoin | stock market | lottery | meaning of life | what is your |
    are you a bot | are you human | tell me | talk about | meaning | random | hmm |
    who made you | pizza | password | login | log in | job | hiring | jobs | apply for |
    career | vacancy | intern | internship | wholesale | resell | reseller | distributor |
    dealer | supplier | collab | collaboration | partnership | partner | influencer | sponsor |
    advertise | advertising | affiliate | affiliated | headquarters | head office |
    physical store | who owns | ceo | survey | questionnaire | school | report on | research |
    ignore | ignore that | never mind | wrong chat | typo | my brother | my sister | wifi |
    internet | holiday | public holiday | rain | forecast | temperature | ai | chatgpt |
    automated reply | are you real | r u real | feelings | are you a robot | taxi | uber |
    president | news | crypto | battery drain | my phone | laptop | translate | poem | story |
    bored | lonely | love you | marry | date me | instagram | facebook | tiktok |
    another shop | other shop | zara | amazon | taobao | shopee | lazada
  `),
};

/** The customer already has the order or item (after purchase). */
export const EN_AFTER_PURCHASE = cues(`received | receive | got | arrived | arrive | came |
  bought | ordered | purchased | delivered | opened | wore | worn | washed | used | my order |
  i order | after | already | yesterday | last week`);
/** The customer has not bought yet (before purchase). */
export const EN_BEFORE_PURCHASE = cues(`before i buy | before buying | before ordering |
  thinking of | planning to | considering | will it | does it | do they | is it | are they |
  would it | can i get | if i buy | if i order`);
