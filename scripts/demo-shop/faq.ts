/** Frequently asked questions, zh and en. Policy numbers here must agree with shop.ts. */
import { t, type BiText } from './util.ts';

interface FaqEntry {
  id: string;
  q: BiText;
  a: BiText;
  tags: string[];
}

const f = (id: string, tags: string[], q: BiText, a: BiText): FaqEntry => ({ id, q, a, tags });

export const FAQ: FaqEntry[] = [
  f(
    'faq-wash-cotton',
    ['care', 'cotton'],
    t('纯棉衣服怎么洗？', 'How do I wash cotton clothes?'),
    t(
      '建议30°C以下冷水机洗或手洗，深浅色分开，反面晾干，避免暴晒和烘干。具体以商品详情页的洗涤说明为准。',
      'Machine or hand wash at 30°C or below, separate darks and lights, dry inside out and avoid direct sun and tumble drying. Follow the care label on each product page.',
    ),
  ),
  f(
    'faq-pilling',
    ['care', 'pilling', 'quality'],
    t('衣服会起球吗？起球了怎么办？', 'Will it pill? What if it does?'),
    t(
      '含聚酯、粘纤或针织类面料在摩擦处可能轻微起球，属正常现象，可用剃毛球器处理；洗涤时翻面并装洗衣袋可减少起球。收到后未穿着即明显起球属质量问题，可联系客服处理。',
      'Knits and blends with polyester or viscose may pill slightly where they rub; that is normal and a fabric shaver removes it. Washing inside out in a laundry bag helps. Heavy pilling on an unworn item is a defect: contact us.',
    ),
  ),
  f(
    'faq-shrink',
    ['care', 'shrink', 'cotton'],
    t('纯棉T恤洗了会缩水吗？', 'Will cotton T-shirts shrink?'),
    t(
      '我们的纯棉T恤均经过预缩处理，正常洗涤缩水率不超过3%。请避免高温水洗和烘干，否则可能缩水更多。',
      'Our cotton T-shirts are pre-shrunk; normal washing shrinks them by 3% at most. Hot water and tumble drying can shrink them more.',
    ),
  ),
  f(
    'faq-fade',
    ['care', 'denim', 'color'],
    t('牛仔裤会掉色吗？', 'Do the jeans bleed colour?'),
    t(
      '原色丹宁首次洗涤会有少量浮色，属正常现象。建议首次单独冷水反面洗涤，可加少量白醋或盐固色。',
      'Raw denim releases a little dye in the first wash, which is normal. Wash it inside out in cold water alone the first time; a little white vinegar or salt helps fix the colour.',
    ),
  ),
  f(
    'faq-size',
    ['size'],
    t('不知道选什么尺码怎么办？', 'How do I choose my size?'),
    t(
      '每个商品页都有尺码表，可按身高、体重（上衣另看胸围、裤装看腰围、鞋按脚长）选择。告诉客服您的身高体重和想要的款式，我们帮您推荐。介于两个尺码之间时，喜欢宽松选大一码。',
      'Every product page has a size chart by height and weight (plus chest for tops, waist for bottoms, foot length for shoes). Tell us your height, weight and the item, and we will recommend a size. Between two sizes? Size up for a looser fit.',
    ),
  ),
  f(
    'faq-return',
    ['return', 'policy'],
    t('支持七天无理由退货吗？', 'Can I return items within 7 days?'),
    t(
      '支持。签收之日起7天内，商品未穿着、未洗涤、吊牌完好即可申请无理由退货，退货运费由买家承担（质量问题由我们承担）。内衣内裤、袜子等贴身衣物拆封后不支持无理由退货，质量问题除外。',
      'Yes. Within 7 days of delivery you can return unworn, unwashed items with tags attached, no reason needed; you pay return shipping (we pay if the item is defective). Underwear and socks cannot be returned once opened unless defective.',
    ),
  ),
  f(
    'faq-exchange',
    ['exchange', 'policy'],
    t('尺码不合适可以换吗？', 'Can I exchange for another size?'),
    t(
      '签收后15天内可换尺码或颜色，每个订单限换货1次，需换的款式有库存才可换。提交换货后请将商品寄回，我们收到后48小时内寄出新商品。',
      'Within 15 days of delivery you can exchange for another size or colour, once per order, if the new one is in stock. Send the item back after you request the exchange; we ship the replacement within 48 hours of receiving it.',
    ),
  ),
  f(
    'faq-refund-time',
    ['refund'],
    t('退款多久到账？', 'When will I get my refund?'),
    t(
      '仓库收到退货并验收后7天内原路退款。支付宝、微信一般即时到账，银行卡1–5个工作日；礼品卡支付的部分退回礼品卡。',
      'We refund to the original payment method within 7 days after the return reaches our warehouse. Alipay and WeChat Pay are usually instant; bank cards take 1–5 working days; gift-card payments go back to the gift card.',
    ),
  ),
  f(
    'faq-price-protection',
    ['price', 'price_protection'],
    t('买完降价了可以退差价吗？', 'Do you refund the difference if the price drops?'),
    t(
      '支持30天价保：付款后30天内同一商品同一规格降价，可申请退还差价（按实付单价与价保期内最低售价之差乘以数量计算）。优惠券、满减等活动优惠不计入价保。',
      'Yes, 30-day price protection: if the same item and variant gets cheaper within 30 days of payment, we refund the difference between the unit price you paid and the lowest price in that period, times the quantity. Coupons and spend-and-save deals do not count.',
    ),
  ),
  f(
    'faq-cancel',
    ['cancel', 'order'],
    t('下单后还能取消吗？', 'Can I cancel my order?'),
    t(
      '订单未发货（待付款或已付款待发货）时可以直接取消，已付款的会原路退款。已发货的订单无法取消，可签收后申请退货。',
      'Yes, while it has not shipped (awaiting payment or paid and awaiting shipment); paid orders are refunded to the original method. A shipped order cannot be cancelled, but you can return it after delivery.',
    ),
  ),
  f(
    'faq-address',
    ['address', 'order'],
    t('地址填错了能改吗？', 'Can I change my delivery address?'),
    t(
      '订单发货前可以修改收货地址，发货后无法修改，可联系快递员协商转寄。',
      'Yes, before the order ships. After it ships we cannot change it; you can ask the courier about redirecting it.',
    ),
  ),
  f(
    'faq-shipping-fee',
    ['shipping'],
    t('包邮吗？运费多少？', 'Is shipping free? How much is shipping?'),
    t(
      '实付满99元包邮，不满99元收取运费10元。新疆、西藏、青海、内蒙古满199元包邮，不满收取15元。',
      'Free shipping on orders of ¥99 or more; otherwise ¥10. Xinjiang, Tibet, Qinghai and Inner Mongolia: free over ¥199, otherwise ¥15.',
    ),
  ),
  f(
    'faq-shipping-time',
    ['shipping', 'delivery'],
    t('多久发货？几天能到？', 'When do you ship and how long does delivery take?'),
    t(
      '付款后48小时内从浙江杭州仓发货，默认顺丰或中通。江浙沪皖一般1–2天送达，其他地区2–4天，偏远地区5–8天。618期间订单量大，可能略有延迟。',
      'We ship from Hangzhou within 48 hours of payment, by SF or ZTO. Delivery takes 1–2 days to Zhejiang, Shanghai, Jiangsu and Anhui, 2–4 days elsewhere, 5–8 days to remote regions. Expect small delays during 618.',
    ),
  ),
  f(
    'faq-carrier',
    ['shipping', 'carrier'],
    t('可以指定快递吗？', 'Can I choose the courier?'),
    t(
      '默认发顺丰或中通，下单时可备注指定顺丰，不另收费。暂不支持其他快递。',
      'We ship by SF or ZTO; leave a note at checkout to request SF at no extra cost. Other couriers are not available.',
    ),
  ),
  f(
    'faq-hmt',
    ['shipping', 'hong_kong', 'macau', 'taiwan'],
    t('可以寄到香港、澳门、台湾吗？', 'Do you ship to Hong Kong, Macau or Taiwan?'),
    t(
      '可以，统一顺丰发货，运费30元，满499元包邮，3–6天送达。关税及清关费用（如有）由收件人承担。暂不支持寄往海外。',
      'Yes, by SF: ¥30, free over ¥499, 3–6 days. Any duties or clearance fees are paid by the recipient. We do not ship overseas yet.',
    ),
  ),
  f(
    'faq-remote',
    ['shipping', 'remote'],
    t('新疆西藏能发货吗？', 'Do you ship to Xinjiang and Tibet?'),
    t(
      '可以。新疆、西藏、青海、内蒙古为偏远地区，满199元包邮，不满收取15元运费，一般5–8天送达，遇天气或运力原因可能延误。',
      'Yes. Xinjiang, Tibet, Qinghai and Inner Mongolia are remote regions: free shipping over ¥199, otherwise ¥15; delivery usually takes 5–8 days and may be delayed by weather or capacity.',
    ),
  ),
  f(
    'faq-invoice',
    ['invoice'],
    t('可以开发票吗？', 'Can I get an invoice (fapiao)?'),
    t(
      '可以开具电子发票或纸质发票（增值税普通发票），订单签收后在“我的订单”申请或联系客服，提供抬头和税号，电子发票3个工作日内发送至邮箱，纸质发票随下次寄出。',
      'Yes, electronic or paper VAT invoices. After delivery, request one in My Orders or ask us with the invoice title and tax number. Electronic invoices are emailed within 3 working days.',
    ),
  ),
  f(
    'faq-618',
    ['promotion', '618'],
    t('618活动怎么算？', 'How do the 618 deals work?'),
    t(
      '5月30日20:00至6月20日23:59，全场每满300减50，上不封顶，可与618会员券（满199减30，券码618VIP）叠加；家居日用满200再减30。T恤短裤85折专区不与其他优惠同享，系统自动为您选择最省的组合。',
      'From 30 May 20:00 to 20 June 23:59: ¥50 off every ¥300, no cap, combinable with the 618 member coupon (¥30 off ¥199+, code 618VIP); home goods get another ¥30 off ¥200+. The 15%-off tees and shorts deal cannot be combined; checkout picks the cheapest combination for you.',
    ),
  ),
  f(
    'faq-coupon',
    ['promotion', 'coupon'],
    t('有优惠券吗？', 'Are there any coupons?'),
    t(
      '新用户首单可用券码NEW20，满99减20；618期间会员可用券码618VIP，满199减30。在结算页输入券码即可。',
      'New customers: code NEW20 gives ¥20 off a first order of ¥99+. During 618 members can use code 618VIP for ¥30 off ¥199+. Enter the code at checkout.',
    ),
  ),
  f(
    'faq-member',
    ['membership', 'points'],
    t('怎么成为会员？有什么权益？', 'How do I become a member and what do I get?'),
    t(
      '注册即成为会员，每消费1元得1积分，100积分可抵1元；年消费满1000元升级金卡，享生日券和优先发货。',
      'Sign up to become a member. Earn 1 point per ¥1 spent; 100 points are worth ¥1. Spend ¥1,000 in a year for Gold status with a birthday coupon and priority dispatch.',
    ),
  ),
  f(
    'faq-gift-wrap',
    ['gift'],
    t('可以礼品包装吗？能写贺卡吗？', 'Do you offer gift wrap and cards?'),
    t(
      '下单时备注“礼品包装”即可免费包装并附贺卡，可备注贺卡内容；包裹内不放价格单。丝巾自带礼盒。',
      'Note "gift wrap" at checkout for free wrapping with a card (add your message in the note); no price list goes in the parcel. Silk scarves come in a gift box.',
    ),
  ),
  f(
    'faq-gift-card',
    ['gift_card', 'payment'],
    t('礼品卡怎么用？余额在哪看？', 'How do gift cards work and where is my balance?'),
    t(
      '礼品卡可在结算时抵扣，不足部分用其他方式支付；余额在“我的-礼品卡”查看，有效期3年，不可提现。',
      'Apply a gift card at checkout and pay any remainder another way. See your balance under Me → Gift cards; cards are valid for 3 years and cannot be cashed out.',
    ),
  ),
  f(
    'faq-payment',
    ['payment'],
    t('支持哪些付款方式？', 'Which payment methods do you accept?'),
    t(
      '支持支付宝、微信支付、银联银行卡和礼品卡。订单下单后24小时内未付款将自动取消。',
      'Alipay, WeChat Pay, UnionPay bank cards and gift cards. Unpaid orders are cancelled automatically after 24 hours.',
    ),
  ),
  f(
    'faq-restock',
    ['stock', 'restock'],
    t('缺货的尺码什么时候补货？', 'When will a sold-out size be back?'),
    t(
      '商品页会显示预计补货日期，可点击“到货提醒”，到货后短信通知您。没有补货日期的规格暂无补货计划。',
      'The product page shows the expected restock date; tap "Notify me" for a text when it is back. Variants without a date have no restock planned.',
    ),
  ),
  f(
    'faq-damaged',
    ['quality', 'damaged'],
    t('收到的商品有破损或发错了怎么办？', 'What if my item arrives damaged or wrong?'),
    t(
      '请在签收后15天内联系客服并提供照片，核实后由我们承担来回运费，为您换新或退款，贴身衣物的质量问题同样适用。',
      'Contact us within 15 days of delivery with photos. Once confirmed we pay shipping both ways and replace or refund the item; this also covers underwear with defects.',
    ),
  ),
  f(
    'faq-hours',
    ['service'],
    t('人工客服几点上班？', 'When are human agents available?'),
    t(
      '人工客服每天9:00–22:00在线，其他时间智能客服为您服务，留言会在上班后优先处理。客服电话400-820-0618。',
      'Human agents are online every day 9:00–22:00; the assistant answers at other times and messages are handled first thing. Phone 400-820-0618.',
    ),
  ),
];
