emergency = 紧急电话
    .description = 用于生命危险、严重犯罪、火灾，或者有生命危险的疾病或受伤。打这个电话是免费的，即使你的手机没有话费也能打。每个电话都会被录音。

police = 警察（不紧急）
    .description = 用于不紧急的事情：报告不需要警察马上来的犯罪、问你的案子，或者给警察提供信息。电话会被录音。

cmm-hotline = 丹麦反人口贩卖中心（CMM）
    .description = 帮助可能是人口贩卖受害者的国家中心。对合法在丹麦的人，由它决定是不是受害者。它给每个受害者安排一个联系人，并安排安全的住处、支持和回国的帮助。CMM 和警察合作很密切：它会把案件报告给警察，但不说出名字。打热线是不是免费、热线什么时候开放，现在还不确定。

reden-international = Reden International
    .description = 一个组织，开办两个给人口贩卖女性受害者住的避难所。地址是保密的。它还在哥本哈根开办 Mødestedet，这是一个给从事性工作的外国女性随时可以去的中心。它也提供健康方面的帮助。
    .access = 通过 CMM 热线联系他们。

hopenow = HopeNow
    .description = 一个帮助被贩卖的人的组织。它提供建议、心理治疗和法律指导，还可以陪你去法庭、警察局、律师那里和医院。它也帮助男性。
    .access = 看他们的网站，或者问 CMM 热线。

amiami = AmiAmi
    .description = 一个组织，会去探访从事性工作的女性和跨性别者，提供谈话和健康检查。
    .access = 没有确认的联系方式。请问 CMM 热线。

red-cross-clinic = 红十字会诊所
    .description = 在哥本哈根、奥胡斯和欧登塞，为没有证件的人提供免费医疗。为了大家的安全，地址不公开。
    .access = 问一个你信任的组织或街头社工，或者问 CMM 热线。

red-cross-asylum = 难民庇护中心的丹麦红十字会
    .description = 检查所有独自来到丹麦、住在难民庇护中心的孩子，看看有没有人口贩卖的迹象。
    .access = 问你住的难民庇护中心的工作人员。

danish-refugee-council = 丹麦难民委员会（Dansk Flygtningehjælp）
    .description = 和回国者本国的合作组织一起，帮助通过有准备的回国回家的人。
    .access = 你的 CMM 联系人会和你一起安排。

return-agency = 丹麦回国事务局（Hjemrejsestyrelsen）
    .description = 为有准备的回国安排回家的行程：旅行证件、机票，还有在机场的帮助。
    .access = 你的 CMM 联系人会和你一起安排。

compensation-board = 犯罪受害人赔偿委员会（Erstatningsnævnet）
    .description = 决定国家给受犯罪伤害的人的钱。你要通过警察申请。
    .access = 通过警察申请。在法庭案件中，受害人律师可以帮你提出赔偿要求。

prosecution-service = 丹麦检察机关（Anklagemyndigheden）
    .description = 丹麦的公诉检察官。它的网站说明了证人在法庭上可以怎样得到保护。
    .access = 问你的律师或警察。

union-3f = 3F（丹麦工人联合会）
    .description = 一个工会。它说它是丹麦最大的工会，知道你有权得到多少工资，如果你的雇主骗了你，它会帮你把钱要回来。它叫强迫劳动的受害者打电话给 CMM。
    .access = 联系你当地的 3F 工会。

working-environment-authority = 丹麦工作环境局（Arbejdstilsynet）
    .description = 检查所有在丹麦工作的公司，也包括外国公司。它不检查工资。有些检查是和税务局、警察一起做的，这时警察会检查工作许可和居留许可。
    .access = 这个应用里没有它的联系方式。请问 CMM 或工会。
