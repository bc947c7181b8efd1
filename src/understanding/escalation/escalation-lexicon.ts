/**
 * Words and patterns that bring a person in (spec "Escalation"), over normalised text
 * (simplified, lower-case, half-width). Traditional Chinese is covered by normalisation.
 */

/** Asking for a person instead of the bot. */
export const ASKED_HUMAN =
  /转人工|转仁工|转人功|人工客服|人工服务|人工坐席|(?:找|要|接|转接|转|联系|叫|换|呼叫|来个|需要|请)(?:个|一下|下)?人工|^\s*人工\s*[?!。.]*\s*$|人工呢|人工在|真人(?!图|照|实拍|秀|拍|上身|试穿|模特|买家秀)|活人|(?:找|叫|换)(?:个|一个)?(?:人|客服)(?:来|出来|处理|跟我|和我|说)|(?:找|叫|让|请)(?:你们)?(?:的)?(?:领导|老板|负责人|经理|主管|店长|上级)|(?:不要|别用|不想(?:跟|和)?)机器人|机器人(?:听不懂|没用|回复|答非所问)|跟人说话|换人|[搵揾]个?同事|跟你说不明白|\bdeal\s+with\s+a\s+person\b|\bsomeone\s+real\b|from\s+staff|staff\s+(?:member\s+)?(?:available|to\s+chat|please)|customer\s+service\s+(?:officer|person|rep)|和人说话|(?:打|给)?客服电话|\b(?:real|actual|live)\s+(?:person|human|agent|people)\b|\b(?:human|agent|representative|rep|operator|supervisor|manager)\b|\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|someone|somebody|anyone|your\s+)|\bnot\s+a\s+bot\b|\bstop\s+the\s+bot\b/;

/** Words that cancel a request for a person when they come just before it. */
export const HUMAN_NEGATION =
  /(?:不用|不需要|不必|不要|别|无需|没有要|no\s+need\s+(?:for|to)|don'?t\s+(?:need|want)|do\s+not\s+(?:need|want))\s*[^\s,.!?，。]{0,4}$/;

/** Insults and strong anger. */
export const ANGER =
  /垃圾|骗子|骗人|骗钱|坑人|坑爹|被坑|坑钱|太坑|黑店|什么破|破(?:物流|快递|店|东西|玩意|质量|客服|平台|服务|系统|机器人)|妈的|他妈|特么|tmd|尼玛|傻逼|\bsb\b|脑残|智障|脑子进水|脑子有坑|废物|去死|神经病|有病吧|卧槽|我靠|狗屁|什么玩意|欺负人|耍我|忽悠|气死|恶心死|太过分|无耻|流氓|搞咩|痴线|黐线|仆街|\bon9\b|\bwtf\b|what the (?:hell|heck|fuck)|\bf+u+c+k|\bfk\b|\bshit|bullshit|\bcrap\b|ridiculous|useless|pathetic|garbage|\btrash\b|disgusting|rip[\s-]?off|\bliars?\b|\bidiots?\b|\bstupid\b|sick of|fed up|furious|outrageous|\bscam|\bcon\b|rip(?:ping)?\s+(?:people|customers|me)\s+off|cheating|烂店|\bthie(?:f|ves)\b|\bcrooks?\b|\btheft\b|\bstealing\b|\bf\*+|keep\s+lying|false\s+advertising|倒闭|滚|烂透|超烂|这么烂|好欺负|呃钱|骗我|无良|奸商/;

/** Threats to complain to the platform, a regulator, the law or in a review. */
export const THREAT =
  /投诉|客诉|申诉|检举|消保|消基会|负评|一星(?!期)|po上网|公开你们|dcard|国税局|税务局|投诉|12315|差评|曝光|消协|消委会|消费者协会|工商|市场监管|律师|起诉|法院|报警|警察|举报|媒体|黑猫投诉|维权|平台介入|法律途径|打官司|(?:发|放|传)(?:到|上)(?:抖音|微博|小红书|网上|朋友圈)|申请介入|找平台|\bcomplain(?:t)?\s+(?:to|with)\b|\breport(?:ing)?\s*(?:(?:you|this|your|to|it)\b|你)|going\s+to\s+the\s+platform|formal\s+complaint|regulator|calling\s+my\s+bank|post\s+(?:it|this)\s+online|telling\s+everyone|small\s+claims|tribunal|post\s+about\s+this|\b(?:1|one)[\s-]?star|\bthreatened\b|\bbbb\b|consumer\s+(?:protection|council|rights)|\blawyer|\bsue\b|legal\s+action|(?<!is\s+a\s+)chargeback|dispute\s+(?:the|this|with)|(?:bad|negative|1[\s-]?star|one[\s-]?star)\s+review|\bpolice\b|trading\s+standards|\bftc\b|social\s+media|\bexpose\b/;

/** Words that turn a threat word into a promise not to (不会给差评). */
export const THREAT_NEGATION =
  /(?:不会|不想|不打算|没打算|没想|不是要|不至于|没有|won'?t|will\s+not|not\s+going\s+to)\s*[^\s,.!?，。]{0,2}$/;

/** Injury, allergy, double charges and suspected fraud. */
export const SAFETY_MONEY =
  /扣了?我的?(?:2|两)次|起疹子|疹子|湿疹|红点|刮破|割了|中奖|手续费|解除分期|收了(?:2|两)回钱|红疹|红肿|发痒|瘙痒|红疙瘩|头晕|受伤|伤了|摔了|(?<!会不会|会)划伤了?(?!吗)|割伤|烫伤|烫到|扎伤|扎到|刺伤|割破|流血|出血|住院|去医院|看医生|中毒|爆炸|起火|着火|冒烟|漏电|触电|扣了(?:2|两)次|扣(?:2|两)次|重复扣|多扣|扣款(?:2|两)次|付了(?:2|两)次|重复支付|扣了(?:2|两)笔|被扣了?(?:2|两)笔|刷了?(?:2|两)(?:次|笔)|扣咗(?:2|两)次|被骗|诈骗|冒充|自称|私下|加微信|加qq|验证码|银行卡资料|信用卡资料|点链接|扫码付款|转账|钓鱼|盗刷|被盗|allergic\s+reaction|\brash\b|\bhives\b|\binjur(?:ed|y|ies)\b|\bhurt\s+(?:my|me|him|her|myself)|\bburn(?:ed|t)\s+(?:my|me|him|her)|\bbleeding\b|\bhospital\b|\bdoctor\b|caught\s+fire|explod|electric\s+shock|charged\s+(?:me\s+)?(?:twice|two\s+times|double)|double[\s-]charged?|billed\s+twice|duplicate\s+(?:charge|payment)|paid\s+twice|unauthori[sz]ed\s+(?:charge|payment|transaction)|\bscammed\b|\bfraud|phishing|card\s+details|pay\s+outside|outside\s+the\s+site|\b(?:skin|red|made\s+me|feel)\b[^.?]{0,20}itchy|\bswell|\bbruise|billed\s+(?:two\s+times|twice)|someone\s+else\s+getting\s+my\s+money|\bcut\s+my\b|\bmelted\b|\bburning\b|\bsparked\b|caught\s+fire|on\s+fire|started\s+a\s+fire|stolen\s+card|hacked/;

/** An allergy that happened (过敏了) — as opposed to a question before buying (会过敏吗). */
export const ALLERGY = /过敏|\ballerg(?:y|ic|ies)\b/g;
export const ALLERGY_QUESTION_BEFORE =
  /(?:会|会不会|容易|易|防|抗|怕|担心|敏感|不|低|无|预防|减少|hypo|will\s+(?:it|this)\s+(?:cause|trigger|give)|could|does\s+it|is\s+it|safe\s+for|i'?m|i\s+am)\s*\S{0,3}$/;
export const ALLERGY_QUESTION_AFTER =
  /^(?:吗|么|嘛|不|体质|肌|的人|人群|\s*\?|\s+to\b|\s+skin|\s+friendly)/;
