/** Realistic bilingual tracking events from the Hangzhou warehouse to the customer's city. */
import type { Region } from './regions.ts';
import { hash, NOW_MS, pad, plusHours, Rng, t, type BiText } from './util.ts';

export type Carrier = 'SF' | 'ZTO' | 'YTO' | 'JD';

const CARRIER_NAME: Record<Carrier, BiText> = {
  SF: t('顺丰速运', 'SF Express'),
  ZTO: t('中通快递', 'ZTO Express'),
  YTO: t('圆通速递', 'YTO Express'),
  JD: t('京东物流', 'JD Logistics'),
};

export interface TrackingEvent {
  at: string;
  text: BiText;
  location: string;
}

export interface Shipment {
  carrier: Carrier;
  tracking_no: string;
  events: TrackingEvent[];
}

export function trackingNo(carrier: Carrier, orderId: string): string {
  const rng = new Rng(hash(`track-${orderId}`));
  let digits = '';
  for (let i = 0; i < 12; i++) digits += String(rng.int(0, 9));
  switch (carrier) {
    case 'SF':
      return `SF${pad(rng.int(1, 9), 1)}${digits}`;
    case 'ZTO':
      return `78${digits}`;
    case 'YTO':
      return `YT${pad(rng.int(7, 9), 1)}${digits}`;
    case 'JD':
      return `JDVA${digits.slice(0, 11)}`;
  }
}

const SIGNED: BiText[] = [
  t(
    '已签收，签收人：本人。感谢使用{c}，期待再次为您服务',
    'Delivered and signed for by the recipient. Thank you for choosing {c}',
  ),
  t(
    '已签收，快件已放入丰巢快递柜，请凭取件码取件',
    'Delivered to a parcel locker; collect it with your pickup code',
  ),
  t('已签收，由门卫代收', 'Delivered; received by the building reception'),
  t(
    '已签收，快件已存放至驿站，请及时取件',
    'Delivered to the parcel station; please collect it soon',
  ),
];

/**
 * Events from pick-up at `shippedAt` to delivery at `deliveredAt` (when delivered), or for a parcel
 * still on its way the events up to NOW along a journey expected to take `transitHours`.
 * `stalled` keeps a parcel at the first hub (a delayed shipment).
 */
export function buildShipment(
  orderId: string,
  carrier: Carrier,
  region: Region,
  shippedAt: string,
  deliveredAt: string | null,
  transitHours: number,
  stalled = false,
): Shipment {
  const c = CARRIER_NAME[carrier];
  const rng = new Rng(hash(`events-${orderId}`));
  const end = deliveredAt ?? plusHours(shippedAt, transitHours);
  const span = (Date.parse(end) - Date.parse(shippedAt)) / 3_600_000;
  const dest = region.city;
  const hmt = region.group === 'hmt';
  const events: TrackingEvent[] = [
    {
      at: shippedAt,
      text: t(`【杭州余杭营业部】${c.zh}快递员已揽收`, `Picked up by ${c.en} at Hangzhou Yuhang`),
      location: '浙江省杭州市',
    },
    {
      at: plusHours(shippedAt, 3 + rng.int(0, 60) / 60),
      text: t(
        `快件已从【杭州转运中心】发出，运输中，下一站【${dest}转运中心】`,
        `Departed Hangzhou sorting hub, in transit to ${region.cityEn}`,
      ),
      location: '浙江省杭州市',
    },
  ];
  if (stalled) {
    events.push({
      at: plusHours(shippedAt, 30),
      text: t(
        '快件已到达【西安转运中心】，因当地运力紧张，派送可能延误',
        "Arrived at Xi'an sorting hub; delivery may be delayed by limited local capacity",
      ),
      location: '陕西省西安市',
    });
  } else {
    if (region.group === 'remote' || span > 90) {
      events.push({
        at: plusHours(shippedAt, span * 0.45),
        text: t('快件已到达【西安转运中心】，运输中', "Arrived at Xi'an sorting hub, in transit"),
        location: '陕西省西安市',
      });
    }
    events.push({
      at: plusHours(end, -Math.min(9, span * 0.4)),
      text: hmt
        ? t(
            `快件已到达【${dest}转运中心】，清关完成`,
            `Arrived at ${region.cityEn} sorting hub; customs cleared`,
          )
        : t(`快件已到达【${dest}转运中心】`, `Arrived at ${region.cityEn} sorting hub`),
      location: dest,
    });
    events.push({
      at: plusHours(end, -2 - rng.int(0, 90) / 60),
      text: t(
        '快件派送中，快递员正在为您派送，请保持电话畅通',
        'Out for delivery; please keep your phone reachable',
      ),
      location: dest,
    });
    if (deliveredAt) {
      const signed = rng.pick(SIGNED);
      events.push({
        at: deliveredAt,
        text: t(signed.zh.replace('{c}', c.zh), signed.en.replace('{c}', c.en)),
        location: dest,
      });
    }
  }
  return {
    carrier,
    tracking_no: trackingNo(carrier, orderId),
    events: events
      .filter((e) => Date.parse(e.at) <= NOW_MS)
      .sort((a, b) => a.at.localeCompare(b.at)),
  };
}
