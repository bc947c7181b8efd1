/** Delivery regions: address region string, zip, destination hub for tracking, and transit time. */

export type RegionGroup = 'near' | 'mid' | 'far' | 'remote' | 'hmt';

export interface Region {
  region: string;
  zip?: string;
  city: string;
  cityEn: string;
  group: RegionGroup;
}

export const REGIONS = {
  sh: {
    region: '上海市 浦东新区',
    zip: '200120',
    city: '上海市',
    cityEn: 'Shanghai',
    group: 'near',
  },
  hz: {
    region: '浙江省 杭州市 西湖区',
    zip: '310012',
    city: '杭州市',
    cityEn: 'Hangzhou',
    group: 'near',
  },
  nj: {
    region: '江苏省 南京市 鼓楼区',
    zip: '210008',
    city: '南京市',
    cityEn: 'Nanjing',
    group: 'near',
  },
  su: {
    region: '江苏省 苏州市 工业园区',
    zip: '215021',
    city: '苏州市',
    cityEn: 'Suzhou',
    group: 'near',
  },
  hf: {
    region: '安徽省 合肥市 蜀山区',
    zip: '230031',
    city: '合肥市',
    cityEn: 'Hefei',
    group: 'near',
  },
  nb: {
    region: '浙江省 宁波市 鄞州区',
    zip: '315100',
    city: '宁波市',
    cityEn: 'Ningbo',
    group: 'near',
  },
  bj: { region: '北京市 朝阳区', zip: '100020', city: '北京市', cityEn: 'Beijing', group: 'mid' },
  tj: { region: '天津市 南开区', zip: '300071', city: '天津市', cityEn: 'Tianjin', group: 'mid' },
  sz: {
    region: '广东省 深圳市 南山区',
    zip: '518052',
    city: '深圳市',
    cityEn: 'Shenzhen',
    group: 'mid',
  },
  gz: {
    region: '广东省 广州市 天河区',
    zip: '510620',
    city: '广州市',
    cityEn: 'Guangzhou',
    group: 'mid',
  },
  wh: {
    region: '湖北省 武汉市 洪山区',
    zip: '430070',
    city: '武汉市',
    cityEn: 'Wuhan',
    group: 'mid',
  },
  cs: {
    region: '湖南省 长沙市 岳麓区',
    zip: '410006',
    city: '长沙市',
    cityEn: 'Changsha',
    group: 'mid',
  },
  xm: {
    region: '福建省 厦门市 思明区',
    zip: '361001',
    city: '厦门市',
    cityEn: 'Xiamen',
    group: 'mid',
  },
  qd: {
    region: '山东省 青岛市 市南区',
    zip: '266001',
    city: '青岛市',
    cityEn: 'Qingdao',
    group: 'mid',
  },
  zz: {
    region: '河南省 郑州市 金水区',
    zip: '450008',
    city: '郑州市',
    cityEn: 'Zhengzhou',
    group: 'mid',
  },
  cd: {
    region: '四川省 成都市 武侯区',
    zip: '610041',
    city: '成都市',
    cityEn: 'Chengdu',
    group: 'far',
  },
  cq: { region: '重庆市 渝北区', zip: '401120', city: '重庆市', cityEn: 'Chongqing', group: 'far' },
  xa: {
    region: '陕西省 西安市 雁塔区',
    zip: '710061',
    city: '西安市',
    cityEn: "Xi'an",
    group: 'far',
  },
  km: {
    region: '云南省 昆明市 五华区',
    zip: '650031',
    city: '昆明市',
    cityEn: 'Kunming',
    group: 'far',
  },
  sy: {
    region: '辽宁省 沈阳市 和平区',
    zip: '110001',
    city: '沈阳市',
    cityEn: 'Shenyang',
    group: 'far',
  },
  hrb: {
    region: '黑龙江省 哈尔滨市 南岗区',
    zip: '150001',
    city: '哈尔滨市',
    cityEn: 'Harbin',
    group: 'far',
  },
  wlmq: {
    region: '新疆维吾尔自治区 乌鲁木齐市 天山区',
    zip: '830002',
    city: '乌鲁木齐市',
    cityEn: 'Urumqi',
    group: 'remote',
  },
  ls: {
    region: '西藏自治区 拉萨市 城关区',
    zip: '850000',
    city: '拉萨市',
    cityEn: 'Lhasa',
    group: 'remote',
  },
  hk: { region: '香港特别行政区 九龙 油尖旺区', city: '香港', cityEn: 'Hong Kong', group: 'hmt' },
} satisfies Record<string, Region>;

export type RegionKey = keyof typeof REGIONS;

/** Typical hours from pick-up to delivery. */
export const TRANSIT_HOURS: Record<RegionGroup, number> = {
  near: 22,
  mid: 46,
  far: 68,
  remote: 130,
  hmt: 80,
};

/** Smallest order subtotal that ships free (orders below it are never generated). */
export const MIN_SUBTOTAL: Record<RegionGroup, number> = {
  near: 99,
  mid: 99,
  far: 99,
  remote: 199,
  hmt: 499,
};

export function regionOf(region: string): Region {
  const found = Object.values(REGIONS).find((r: Region) => r.region === region);
  if (!found) throw new Error(`unknown region ${region}`);
  return found;
}
