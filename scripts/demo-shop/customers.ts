/**
 * Customers, hand-written as one row each: id | name | phone | email | payment kinds | gift-card
 * balance | language | addresses (region key : line [: recipient : recipient phone], separated by ;).
 * c001–c022 carry the scripted cases; c023–c036 get generated orders.
 */
import { REGIONS, type RegionKey } from './regions.ts';

const ROWS = `
c001|张伟|13800001234|zhangwei@example.com|alipay,wechat|||sh:张杨路500号华润时代广场3栋1202室
c002|王芳|13912345678|wangfang@example.com|wechat|||bj:建国路88号SOHO现代城5号楼1806
c003|李娜|15067891234||alipay|||hz:文三路259号昌地火炬大厦1号楼702
c004|刘洋|18621345678|liuyang@example.com|card,alipay|||sz:科技园南区高新南七道16号1栋301
c005|陈静|13764521980||wechat|||cd:科华北路62号力宝大厦北楼1503
c006|杨磊|15821436587|yanglei@example.com|alipay|||wh:珞喻路1037号华中科大西区12栋405
c007|赵敏|18912563478|zhaomin@example.com|alipay,gift|35.5||nj:中山北路30号紫峰大厦2608
c008|黄晓明|13588207761|huangxm@example.com|wechat,alipay|||hz:天目山路176号西湖国际科技大厦A座1101;sh:陆家嘴环路1000号恒生银行大厦3502（公司）
c009|周杰|18511223344||alipay|||bj:望京街10号望京SOHO塔2 C座1902
c010|吴婷|13651987423|wuting@example.com|wechat|||gz:天河路385号太古汇一座2103
c011|徐丽|15952306874||alipay|||su:星湖街328号创意产业园11栋607
c012|孙浩|18067452391|sunhao@example.com|card|||xa:高新路52号高科大厦9层
c013|马超|13329874512||alipay|||cq:金开大道68号协信星光时代2栋1704
c014|朱琳|15189635472|zhulin@example.com|wechat|||tj:鞍山西道与白堤路交口时代数码大厦1208
c015|胡军|18276543210||alipay|||wlmq:人民路1号金融大厦1506
c016|郭雪|13066778899|guoxue@example.com|card|||hk:广东道33号中港城第二座15楼1503室:郭雪:+852 61234567
c017|林晓雯|15260128876|linxw@example.com|gift,alipay|500||xm:鹭江道8号国际银行大厦2207
c018|何欣|18698765432||alipay|||qd:香港中路61号远洋大厦B座1402;qd:南京路122号5号楼2单元301:何秀英:13905321177
c019|高远|13472658901|gaoyuan@example.com|wechat|||zz:花园路39号国贸360广场2号楼908
c020|罗佳|15608214573||alipay,gift|120||cs:麓山南路932号湖南大学教工宿舍9栋202
c021|Emily Chen|18817726543|emily.chen@example.com|card||en|sh:花木路1378号浦东嘉里城公寓2201
c022|David Miller|13162249085|d.miller@example.com|card,alipay||en|bj:三里屯路19号太古里西区公寓5-1203
c023|梁静|15371829046||alipay|||km:东风西路11号顺城公寓2栋1601
c024|宋文|18133476592||wechat|||hrb:西大直街92号哈工大二校区公寓3栋511
c025|谢婉婷|13987450213|xiewt@example.com|alipay|||sy:南京北街206号城建大厦1103
c026|韩梅梅|15712983460||wechat,alipay|||nb:四明中路999号万达广场7号楼1906
c027|唐宁|18740915326||alipay|||hf:黄山路459号安徽出版大厦1502
c028|冯涛|13525097841|fengtao@example.com|card|||gz:体育西路191号中石化大厦B塔2305
c029|曹雪|15036284715||wechat|||sz:深南大道9668号华润大厦2011
c030|彭亮|18397163028||alipay|||cd:人民南路四段27号商鼎国际1号楼907
c031|蒋琪|13260473819|jiangqi@example.com|alipay|||wh:光谷大道77号金融港B7栋3301
c032|沈佳怡|15987346120||wechat|||su:苏州大道东289号广融大厦2206
c033|许诺|18585720364||alipay,wechat|||hz:古墩路702号赞成中心1208
c034|邓超|13710932587|dengchao@example.com|card|||sh:世纪大道100号环球金融中心45层
c035|潘婷|15527364801||alipay|||ls:北京中路48号职工宿舍3栋201
c036|袁野|18029145736||wechat|||bj:东三环中路1号环球金融中心西楼1105
`;

const PAY_KIND: Record<string, string> = {
  alipay: 'alipay',
  wechat: 'wechat_pay',
  card: 'bank_card',
  gift: 'gift_card',
};

export interface BuiltAddress {
  id: string;
  name: string;
  phone: string;
  region: string;
  line: string;
  zip?: string;
}

export interface BuiltCustomer {
  id: string;
  name: string;
  phone: string;
  email?: string;
  language?: string;
  addresses: BuiltAddress[];
  payment_methods: { id: string; kind: string; balance?: number }[];
}

function isRegionKey(key: string): key is RegionKey {
  return key in REGIONS;
}

function parseRow(row: string): BuiltCustomer {
  const [id = '', name = '', phone = '', email, pay = '', gift, language, addrs = ''] =
    row.split('|');
  return {
    id,
    name,
    phone,
    ...(email ? { email } : {}),
    ...(language ? { language } : {}),
    addresses: addrs.split(';').map((spec, i) => {
      const [key = '', line = '', recipient, recipientPhone] = spec.split(':');
      if (!isRegionKey(key)) throw new Error(`customer ${id}: unknown region ${key}`);
      const r = REGIONS[key];
      return {
        id: `${id}-a${i + 1}`,
        name: recipient ?? name,
        phone: recipientPhone ?? phone,
        region: r.region,
        line,
        ...('zip' in r ? { zip: r.zip } : {}),
      };
    }),
    payment_methods: pay.split(',').map((k) => {
      const kind = PAY_KIND[k];
      if (!kind) throw new Error(`customer ${id}: unknown payment kind ${k}`);
      return { id: `${id}-${k}`, kind, ...(k === 'gift' ? { balance: Number(gift) } : {}) };
    }),
  };
}

export function buildCustomers(): BuiltCustomer[] {
  return ROWS.trim()
    .split('\n')
    .map((row) => parseRow(row.trim()));
}
