# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = 帮助和你的权利，用你的语言。不用网络也能用。

## Leaving the app at once
quick-exit = 马上离开
quick-exit-label = 马上离开 Haven。应用会立刻关闭。

## Choosing a language
choose-language = 选择你的语言
search-languages = 搜索语言
no-language-found = 没有找到语言。
change-language = 语言

## Moving around
home = 首页
back = 返回
topics-heading = 你需要什么？
more-services = 所有服务和电话号码

## The emergency card on every screen
emergency-heading = 你现在有危险吗？
emergency-text = 拨打紧急电话。这是免费的。

## The directory of services
directory = 打给谁
directory-intro = 可以帮助你的服务。点一下号码就能打电话。
filter-all = 全部
kind-emergency = 紧急
kind-police = 警察
kind-hotline = 热线
kind-shelter = 安全住处
kind-legal = 法律帮助
kind-health = 健康
kind-support = 支持
kind-authority = 政府部门
call = 打电话
call-from-foreign-phone = 用外国手机打
send-sms = 发短信
send-email = 发电子邮件
open-website = 网站
free-call = 免费电话
no-number = 没有公开的电话号码。
no-services = 这一类没有服务。

## Notices on articles
not-translated = 还没有翻译。这部分用原来的语言显示。
review-original = 用这种语言，根据核对过的来源写成。
review-reviewed = 已翻译，并经过母语者核对。
review-machine-assisted = 机器辅助翻译，还没有经过母语者核对。
review-not-translated = 还没有翻译。
sources = 来源
sources-intro = 这篇文章里的事实来自这些网页。
review-content-not-checked = 这些信息还没有经过法律顾问或援助组织的核对。
review-content-checked = 核对这些信息的是：
section-sources = 这一部分的来源

## Settings
settings = 设置
text-size = 文字大小
forget-settings = 清除我的设置
forget-settings-explained = 从这部手机上删除你的设置：语言、文字大小、隐蔽模式、自动检查，以及 Haven 上次检查更新的时间记录。Haven 已下载的信息会保留，以便继续使用。Haven 不会记录你读过什么、搜索过什么。
forget-settings-done = 你的设置已经删除。
information-version = 信息版本 { $version }，核对日期 { $published }。
information-publisher = 由 { $publisher } 发布。

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = 这些信息可能已经过时
stale-confirmed = 最后一次确认为最新信息的日期：
stale-explained = 从那以后，Haven 一直没能检查有没有更新的信息。电话号码和规定可能已经改变。

## Problems
refused-pack = 这些内容不能使用，所以显示的是内置的信息：
preview-warnings = 这些内容可以使用。发布前请检查以下警告：
error-generic = 出了问题。请再试一次。
open-link-failed = 不能打开这个链接。

## Moving around, reading and printing
search = 搜索
menu = 菜单
two-languages = 两种语言
print = 打印
numbers-heading = 电话号码

## Two languages side by side (the outreach worker's view)
dual-explained = 每一部分都用两种语言并排显示。你可以在这里更换其中任何一种语言。
dual-reader-language = 读者的语言
dual-helper-language = 帮助者的语言

## Search
search-label = 搜索全部信息
search-hint = 输入一个词。你可以用你的语言搜索，也可以用信息的原始语言搜索。
search-found = 找到的地方：
search-nothing-found = 什么也没找到。请换一个词，或者用短一点的词。
search-in-reference = 在原始语言中找到：

## Discreet mode (in the settings)
discreet = 隐蔽模式
discreet-what = 打开隐蔽模式后，Haven 会以计算器的样子打开。要看这些信息，请在计算器上输入你的密码，然后按 =。
discreet-not-hidden = 隐蔽模式不能隐藏这部手机上装有 Haven。它的名字和图标仍然会出现在应用列表、已打开的应用列表和手机设置里。有人试很多个密码的话，可能会找到你的密码。
discreet-forgotten-code = 请记住你的密码。如果忘了，计算器就再也打不开 Haven：请删除这个应用，然后重新安装。
discreet-is-on = 隐蔽模式已打开。
discreet-is-off = 隐蔽模式已关闭。
discreet-code = 你的密码（6 到 12 位数字）
discreet-not-pin = 不要使用手机或银行卡的 PIN 码：知道这个号码的人就能打开 Haven。
discreet-code-again = 再输入一次密码
discreet-turn-on = 打开隐蔽模式
discreet-change-code = 保存新密码
discreet-turn-off = 关闭隐蔽模式
discreet-saved = 好了。下次打开 Haven 时，会显示计算器。
discreet-turned-off = 隐蔽模式已关闭。Haven 会像平常一样打开。
discreet-code-invalid = 密码必须是 6 到 12 位数字，不能有别的字符。
discreet-code-mismatch = 两次输入的密码不一样。请重新输入。

## The calculator that discreet mode shows; each key's name for screen readers
calculator = 计算器
calc-clear = 全部清除
calc-delete = 删除
calc-divide = 除以
calc-multiply = 乘以
calc-minus = 减
calc-plus = 加
calc-equals = 等于
calc-point = 小数点
calc-error = 错误

## Updated information (in the settings)
updates = 更新的信息
updates-source-embedded = 这些信息是应用自带的。
updates-source-synced = 这些信息是下载并核对过的更新。
updates-source-preview = 这些信息是来自这个文件夹的预览：
updates-check = 检查有没有更新的信息
updates-checking = 正在检查…
updates-downloading = 正在下载…
updates-installing = 正在安装…
updates-updated = 现在使用的是新信息。
updates-unchanged = 你已经有最新的信息了。
updates-refused = 什么都没有改变。连不上更新，或者更新不可信。你现有的信息仍然可以用。
updates-unavailable = 这个版本的 Haven 不能检查更新的信息。
updates-not-configured = 这个版本的 Haven 没有检查更新的地址。
updates-automatic = 自动检查
updates-automatic-explained = 打开后，Haven 每次打开时都会用网络查找更新的信息。关闭后，只有在你按上面的按钮时，Haven 才会连网。

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = 是
check-no = 不是
check-not-sure = 不确定
check-start = 开始
check-previous = 上一个问题
check-progress = 已回答的问题
check-again = 重新开始
check-read-signs = 了解有哪些迹象

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = 马上离开这个网站。会打开一个普通网站。
web-history-warning = 这次访问会留在浏览器的历史记录里。如果不想留下痕迹，请用无痕标签页，或者之后删除历史记录。
web-nothing-stored = 除非你要求，这个网站不会在你的手机上保存任何东西：没有 Cookie，也不记录你读了什么。
web-about = 关于这个网站
web-safety-heading = 你在这个网站上的安全
web-languages-heading = 各种语言，以及每种语言的检查情况
web-other-languages = 这个页面的其他语言
web-keep = 保存在我的手机上
web-keep-explained = 把这些信息只用这种语言保存在手机浏览器里，这样没有网络也能读。别人查看你的浏览器时，可能会看到它。
web-keep-button = 保存在手机上
web-keep-done = 好了。现在没有网络也能读这些信息。
web-keep-remove = 从我的手机上删除
web-keep-removed = 已删除。现在你的手机上没有保存这个网站的任何内容。
web-keep-needs-scripts = 保存信息需要 JavaScript，但这个浏览器关闭了它。其他功能不用它也能用。
web-keep-unsupported = 这个浏览器不能保存信息供离线阅读。
web-get-app = 获取应用
web-get-app-explained = 这个应用不用网络也能用，也不记录你读了什么。

## Listening (the voices are in the pack)
listen = 听
listen-article = 听整篇文章
listen-pause = 暂停
listen-resume = 继续
listen-stop = 停止
listen-now = 正在播放：
audio-synthetic = 这个声音是电脑做的。有些词可能会读错。
audio-recorded = 朗读：

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = 收听
voice-what = Haven 可以用你的语言把信息读出来。朗读全部信息的声音，只有在你要求时才会下载，下载后会留在这部手机上。
voice-built-in = 没有这个声音的话，只能读出紧急帮助和“马上求助”的摘要。
voice-look = 查找这种语言的声音
voice-looking = 正在查找声音…
voice-download = 下载这种语言的声音
voice-downloading = 正在下载声音…
voice-installing = 正在检查声音…
voice-downloaded = 这种语言的声音已经在这部手机上了。
voice-done = 声音已经下载并检查好了。现在所有内容都可以读出来。
voice-remove = 删除声音
voice-removed = 声音已经删除，它占用的空间已经空出来了。
voice-none = 还没有能读这种语言的声音。
voice-not-offered = 发布者还没有提供这种语言的声音。
voice-unreachable = 无法下载声音：连不上服务器。什么都没有改变。请以后再试。
voice-untrusted = 收到的声音不是发布者签名的那个，所以被拒绝了。什么都没有改变。
voice-uses = 占用：
