/**
 * Chinese intent cues: domain words a shop assistant associates with each intent, written from
 * shop knowledge rather than copied from the corpus, so they carry over to new paraphrases.
 * Simplified script only (traditional input is converted first); a few Cantonese forms.
 * A cue is a hint the model weighs, not a rule: many cues belong to more than one intent.
 */
import type { Intent } from '../../domain/understanding.ts';

/** Splits a whitespace-separated word list. */
const cues = (list: string): readonly string[] => list.split(/\s+/).filter(Boolean);

/** Substrings of the normalised (simplified, lower-case) text, per intent. */
export const ZH_INTENT_CUES: Record<Intent, readonly string[]> = {
  greeting: cues(`
    在吗 在么 在嘛 在不在 你好 您好 哈喽 哈啰 嗨 早上好 下午好 晚上好 有人吗 有人在 打扰 早安 在线吗 亲在 早晨
  `),
  thanks_bye: cues(`
    谢谢 多谢 感谢 谢啦 谢了 拜拜 再见 没事了 没问题了 知道了 明白了 了解 懂了 解决了 辛苦 麻烦你了 好滴 好的 晓得 就这样 没有了 唔该
  `),
  human_agent: cues(`
    人工 真人 活人 客服人员 工作人员 转接 主管 经理 负责人 机器人 机械人 找人 搵人 打电话给我 回电 售后的人 人来
  `),
  order_tracking: cues(`
    物流 快递 到哪 发货了 发了没 发了吗 发出 签收 派送 配送中 单号 运单 揽收 催 还没到 什么时候到 几时到 啥时候到 多久到 在路上 中转 驿站
    丢件 没收到 冇收到 查件 不动 没动静 寄出 出货 几号发 还没发 到了吗 送到 在途
  `),
  cancel_order: cues(`
    取消 不要了 不想要了 唔要 拍错 下错 买错 重复下单 拍多了 下了两 撤单 撤销 作废 关闭订单 不买了 拦截 别发 不要发 唔好发 先别发 砍单
  `),
  change_address: cues(`
    地址 收件人 收货人 门牌 改寄 寄到别 送到别 搬家 邮编 小区 楼号 单元 宿舍 号楼 写错 填错 改成 换成我 联系电话 手机号改 改电话 街道
    收件
  `),
  return_refund: cues(`
    退货 退款 退钱 退掉 退回 无理由 寄回 退了 申请退 运费险 上门取件 退这 退个 能退吗 可以退 要退 想退 不要了退 退吧 退一
  `),
  exchange: cues(`
    换货 换一 换个 换成 调换 换大 换小 换码 换颜色 换尺码 更换 换新 换过 换一件 换l 换m 换s 换x 换白 换黑 换灰 换别
  `),
  refund_status: cues(`
    到账 退款进度 退款呢 退款还没 退款什么时候 退款多久 退款几时 钱还没 钱呢 钱什么时候 什么时候退钱 几时退钱 原路 退到哪 退款状态 退款失败
    处理中 审核 退款申请 没看到退款 余额 银行卡 信用卡 退的钱 钱退了 退款了吗 退款到 理赔
  `),
  price_protection: cues(`
    降价 差价 价保 保价 价格保护 便宜了 降了 退差 补差 买贵了 比我买 原价买 跌价 平咗 平过我 差额 买完就
  `),
  damaged_item: cues(`
    破 坏 脏 漏 少件 少了 少发 漏发 发错 错发 寄错 瑕疵 污渍 开线 开胶 掉色 褪色 裂 烂 断了 划痕 刮花 质量问题 不亮 不能用 用不了
    有洞 线头 次品 残次 缺 不一样 色差 变形 磨损 异味 味道大 发霉 压坏 碎 空盒 过敏 不对 拉不上 掉了 脱落 染色 二手 旧的 穿过的 针 炸
  `),
  invoice: cues(`
    发票 开票 抬头 税号 专票 普票 报销 报帐 报账 增值税 统一编号 统编 收据
  `),
  product_info: cues(`
    材质 面料 纯棉 成分 含量 起球 缩水 透不透 会透 厚 薄 保暖 防水 机洗 手洗 洗衣机 熨 重量 多重 产地 正品 弹力 透气 有帽子 口袋
    是什么 能不能洗 保修 质保 说明书 尺寸多 多长 多宽 多大 功率 容量 新款吗 真皮 味道
  `),
  size_advice: cues(`
    尺码 码数 什么码 几码 多大码 哪个码 选什么 穿多大 身高 体重 斤 公斤 kg cm 米 偏大 偏小 正码 尺码表 腰围 胸围 脚长 平时穿
    穿得下 合身 宽松一点 要大一号 建议哪 乜码 磅 公分 呎
  `),
  stock: cues(`
    有货 没货 冇货 现货 库存 补货 缺货 断货 还有吗 还有没 还有不 售罄 卖完 售完 还能买 有没有 只剩 上架 到货通知 预售 有冇 货源
  `),
  price_promotion: cues(`
    优惠 券 满减 折扣 打折 几折 活动 多少钱 价格 价钱 便宜点 便宜一点 会员价 秒杀 双11 双十一 618 赠品 返现 红包 积分 定金 尾款
    凑单 到手价 划线价 原价 补贴 新人 新客 促销 减多少 折抵 点数 包邮券 几钱 几多钱
  `),
  shipping_policy: cues(`
    包邮 运费 邮费 发什么快递 顺丰 中通 圆通 申通 韵达 京东物流 邮政 ems 几天能到 多久能到 几天到 发货地 从哪里发 从哪发 偏远 新疆 西藏
    港澳台 香港 澳门 台湾 海外 国外 指定快递 到付 货到付款 配送范围 能寄 次日达 当日达 宅配 自提 多久发 几天发 寄过来 能发 默认
  `),
  recommend: cues(`
    推荐 送礼 礼物 适合 买什么好 买啥 帮我挑 帮我选 热卖 爆款 好看 搭配 配什么 男朋友 女朋友 老婆 老公 妈妈 爸爸 闺蜜 送人 生日 预算
    以内 左右 哪款好 显瘦 有什么好
  `),
  compare: cues(`
    区别 不同 对比 比较 哪个好 哪个更 哪个比较 差别 不一样吗 差在哪 差几 两款 两个 两双 还是 谁更 更适合 边个 边对 划算 有改进
  `),
  complaint: cues(`
    投诉 差评 太差 垃圾 骗子 态度 服务差 不满意 失望 12315 曝光 举报 坑 欺骗 诈骗 恶心 气死 无语 离谱 敷衍 没人理 没下文 好欺负
    什么破 太慢 体验 差劲 不靠谱 消保 检举 太烂 累 唉 好差
  `),
  other: cues(`
    天气 笑话 你是谁 几点 吃饭 吃什么 吃啥 无聊 哈哈 测试 股票 彩票 作业 唱歌 实体店 公司在 合作 绑卡 支付宝 微信 机器人吗 真人吗 聊天
    讲个 电影 游戏 atm 被骗
  `),
};

/** Purchase already made / item in hand: separates damaged_item from product_info and so on. */
export const ZH_AFTER_PURCHASE = cues(`
    已经 收到 到了 买了 刚买 下单了 拍了 买的 拿到 签收 穿了 用了 洗了 打开 拆开 才穿 之前买 寄回 收货 咗 前天 昨天 上周
  `);
/** Before buying: questions about a product rather than about an order. */
export const ZH_BEFORE_PURCHASE = cues(`
    买之前 下单前 拍之前 会不会 能不能 是不是 想买 打算买 准备买 考虑 请问 会吗
  `);
