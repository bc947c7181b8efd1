/**
 * English cues of the pre-sales and catch-all intents (product_info … other) and of the
 * purchase aspect (before / after buying), matched on whole stemmed words like
 * en-service-cues.ts, and joined with them into EN_INTENT_CUES.
 */
import type { Intent } from '../../domain/understanding.ts';
import { cues, EN_SERVICE_CUES } from './en-service-cues.ts';

/** Phrases of whole words, per intent (`arrive broken` also catches "arrived broken"). */
export const EN_INTENT_CUES: Record<Intent, readonly string[]> = {
  greeting: [],
  thanks_bye: [],
  human_agent: [],
  order_tracking: [],
  cancel_order: [],
  change_address: [],
  return_refund: [],
  exchange: [],
  refund_status: [],
  price_protection: [],
  damaged_item: [],
  invoice: [],
  ...EN_SERVICE_CUES,
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
    shipping | ems | ship to | ship from | delivery fee | delivery cost | shipping fee |
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
    yes | yeah | yep | yup | go ahead | please do | sounds good | that's right |
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
