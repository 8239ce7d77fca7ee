# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = المساعدة وحقوقك، بلغتك. يعمل بدون إنترنت.

## Leaving the app at once
quick-exit = اخرج الآن
quick-exit-label = اخرج من Haven الآن. التطبيق يُغلق فوراً.

## Choosing a language
choose-language = اختر لغتك
search-languages = ابحث عن لغة
no-language-found = لم نجد أي لغة.
change-language = اللغة

## Moving around
home = الرئيسية
back = رجوع
topics-heading = ماذا تحتاج؟
more-services = كل الخدمات وأرقام الهاتف

## The emergency card on every screen
emergency-heading = هل أنت في خطر الآن؟
emergency-text = اتصل برقم الطوارئ. المكالمة مجانية.

## The directory of services
directory = بمن تتصل
directory-intro = خدمات يمكن أن تساعدك. اضغط على رقم للاتصال.
filter-all = الكل
kind-emergency = الطوارئ
kind-police = الشرطة
kind-hotline = خطوط المساعدة
kind-shelter = أماكن آمنة
kind-legal = مساعدة قانونية
kind-health = الصحة
kind-support = الدعم
kind-authority = السلطات
call = اتصل
call-from-foreign-phone = من هاتف أجنبي
send-sms = أرسل رسالة SMS
send-email = بريد إلكتروني
open-website = الموقع
free-call = مكالمة مجانية
no-number = لا يوجد رقم هاتف عام.
no-services = لا توجد خدمات في هذه المجموعة.

## Notices on articles
not-translated = لم يُترجم بعد. هذا الجزء معروض باللغة الأصلية.
review-original = كُتب بهذه اللغة من مصادر تم التحقق منها.
review-reviewed = مترجم، وراجعه شخص لغته الأم هي هذه اللغة.
review-machine-assisted = ترجمة بمساعدة الآلة، لم يراجعها بعد شخص لغته الأم هي هذه اللغة.
review-not-translated = لم يُترجم بعد.
sources = المصادر
sources-intro = المعلومات في هذا الموضوع تأتي من هذه الصفحات.
review-content-not-checked = لم يراجع مستشار قانوني أو منظمة مساعدة هذه المعلومات بعد.
review-content-checked = راجع هذه المعلومات:
section-sources = مصادر هذا الجزء

## Settings
settings = الإعدادات
text-size = حجم النص
forget-settings = احذف إعداداتي
forget-settings-explained = يحذف إعداداتك من هذا الهاتف: اللغة وحجم النص والوضع الخفي والبحث التلقائي وسجلّ آخر مرة بحث فيها Haven عن تحديثات. تبقى المعلومات التي نزّلها Haven حتى تستمر في العمل. لا يحتفظ Haven بأي سجل لما قرأته أو بحثت عنه.
forget-settings-done = تم حذف إعداداتك.
information-version = نسخة المعلومات { $version }، تم التحقق منها في { $published }.
information-publisher = نشرها { $publisher }.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = قد تكون هذه المعلومات قديمة
stale-confirmed = آخر تأكيد أنها أحدث المعلومات كان في:
stale-explained = منذ ذلك الحين لم يتمكن Haven من البحث عن معلومات أحدث. قد تكون أرقام الهواتف والقواعد قد تغيّرت.

## Problems
refused-pack = لم يمكن استخدام هذا المحتوى، لذلك تظهر المعلومات المدمجة في التطبيق بدلاً منه:
preview-warnings = يمكن استخدام هذا المحتوى. راجع هذه التحذيرات قبل نشره:
error-generic = حدث خطأ. من فضلك حاول مرة أخرى.
open-link-failed = لم يمكن فتح هذا الرابط.

## Moving around, reading and printing
search = بحث
menu = القائمة
two-languages = لغتان
print = طباعة
numbers-heading = أرقام الهاتف

## Two languages side by side (the outreach worker's view)
dual-explained = يُعرض كل جزء بلغتين، واحدة بجانب الأخرى. يمكنك تغيير أي من اللغتين هنا.
dual-reader-language = لغة القارئ
dual-helper-language = لغة المساعد

## Search
search-label = ابحث في كل المعلومات
search-hint = اكتب كلمة. يمكنك البحث بلغتك أو باللغة الأصلية للمعلومات.
search-found = الأماكن التي وُجدت:
search-nothing-found = لم يُعثر على شيء. جرّب كلمة أخرى أو كلمة أقصر.
search-in-reference = وُجد باللغة الأصلية:

## Discreet mode (in the settings)
discreet = الوضع الخفي
discreet-what = عندما يكون الوضع الخفي مفعّلاً، يفتح Haven على شكل آلة حاسبة. لرؤية هذه المعلومات، اكتب رمزك على الآلة الحاسبة ثم اضغط =.
discreet-not-hidden = الوضع الخفي لا يخفي أن Haven موجود على هذا الهاتف. اسمه وأيقونته يظهران كما هما في قائمة التطبيقات وفي قائمة التطبيقات المفتوحة وفي إعدادات الهاتف. من يجرّب رموزاً كثيرة قد يعثر على رمزك.
discreet-forgotten-code = تذكّر رمزك. إذا نسيته، لن تستطيع الآلة الحاسبة فتح Haven بعد ذلك: احذف التطبيق ثم ثبّته من جديد.
discreet-is-on = الوضع الخفي مفعّل.
discreet-is-off = الوضع الخفي غير مفعّل.
discreet-code = رمزك (من 6 إلى 12 رقماً)
discreet-not-pin = لا تستخدم الرقم السري لهاتفك أو لبطاقة بنكية: من يعرفه يستطيع أن يفتح Haven.
discreet-code-again = اكتب الرمز مرة أخرى
discreet-turn-on = فعّل الوضع الخفي
discreet-change-code = احفظ الرمز الجديد
discreet-turn-off = أوقف الوضع الخفي
discreet-saved = تم. في المرة القادمة التي يُفتح فيها Haven سيُظهر الآلة الحاسبة.
discreet-turned-off = الوضع الخفي متوقف. يفتح Haven كالمعتاد.
discreet-code-invalid = يجب أن يتكون الرمز من 6 إلى 12 رقماً، ولا شيء غير ذلك.
discreet-code-mismatch = الرمزان غير متطابقين. اكتبهما مرة أخرى.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = الآلة الحاسبة
calc-clear = مسح الكل
calc-delete = حذف
calc-divide = قسمة
calc-multiply = ضرب
calc-minus = ناقص
calc-plus = زائد
calc-equals = يساوي
calc-point = الفاصلة العشرية
calc-error = خطأ

## Updated information (in the settings)
updates = معلومات محدّثة
updates-source-embedded = هذه المعلومات جاءت مع التطبيق.
updates-source-synced = هذه المعلومات تحديث تم تنزيله والتحقق منه.
updates-source-preview = هذه المعلومات معاينة من هذا المجلد:
updates-check = ابحث عن معلومات محدّثة
updates-checking = جارٍ البحث…
updates-downloading = جارٍ التنزيل…
updates-installing = جارٍ التثبيت…
updates-updated = المعلومات الجديدة مستخدمة الآن.
updates-unchanged = لديك بالفعل أحدث المعلومات.
updates-refused = لم يتغير شيء. تعذّر الوصول إلى التحديث، أو لم يكن جديراً بالثقة. المعلومات التي لديك ما زالت تعمل.
updates-unavailable = هذه النسخة من Haven لا تستطيع البحث عن معلومات محدّثة.
updates-not-configured = هذه النسخة من Haven ليس لها عنوان للبحث عن التحديثات.
updates-automatic = ابحث تلقائياً
updates-automatic-explained = عندما يكون هذا مفعّلاً، يستخدم Haven الإنترنت للبحث عن معلومات محدّثة في كل مرة يُفتح فيها. وعندما يكون متوقفاً، لا يتصل Haven إلا عندما تضغط على الزر أعلاه.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = نعم
check-no = لا
check-not-sure = لست متأكداً
check-start = ابدأ
check-previous = السؤال السابق
check-progress = الأسئلة التي أجبت عنها
check-again = ابدأ من جديد
check-read-signs = اقرأ عن العلامات

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = اخرج من هذا الموقع الآن. سيُفتح موقع عادي بدلاً منه.
web-history-warning = تبقى هذه الزيارة في سجلّ المتصفح. لكي لا تترك أثراً، استخدم نافذة خاصة أو احذف السجلّ بعد ذلك.
web-nothing-stored = ما لم تطلب ذلك، لا يحفظ هذا الموقع أي شيء على هاتفك: لا ملفات تعريف الارتباط، ولا سجلّ لما تقرأه.
web-about = عن هذا الموقع
web-safety-heading = سلامتك على هذا الموقع
web-languages-heading = اللغات، ومدى مراجعة كل لغة
web-other-languages = هذه الصفحة بلغات أخرى
web-keep = احفظ هذا على هاتفي
web-keep-explained = يحفظ هذه المعلومات، بهذه اللغة فقط، في متصفح هاتفك، لكي تقرأها بدون إنترنت. من ينظر في متصفحك قد يرى أنها موجودة.
web-keep-button = احفظها على هاتفي
web-keep-done = تمّ. يمكنك الآن قراءة هذه المعلومات بدون إنترنت.
web-keep-remove = احذفها من هاتفي
web-keep-removed = تمّ الحذف. لا شيء من هذا الموقع محفوظ على هاتفك الآن.
web-keep-needs-scripts = حفظ المعلومات يحتاج إلى JavaScript، وهو متوقف في هذا المتصفح. كل شيء آخر يعمل بدونه.
web-keep-unsupported = لا يستطيع هذا المتصفح حفظ المعلومات لقراءتها بدون إنترنت.
web-get-app = احصل على التطبيق
web-get-app-explained = يعمل التطبيق بدون إنترنت ولا يحتفظ بسجلّ لما تقرأه.

## Listening (the voices are in the pack)
listen = استمع
listen-article = استمع إلى المقال كله
listen-pause = إيقاف مؤقت
listen-resume = تابع
listen-stop = توقف
listen-now = يُقرأ الآن:
audio-synthetic = هذا الصوت من صنع الكمبيوتر. قد ينطق بعض الكلمات بشكل خاطئ.
audio-recorded = بصوت:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = الاستماع
voice-what = يستطيع Haven أن يقرأ معلوماته بصوت عالٍ بلغتك. لا يُنزَّل الصوت الذي يقرأ كل المعلومات إلا عندما تطلبه، ويبقى على هذا الهاتف.
voice-built-in = بدونه، لا يمكن أن يُقرأ بصوت عالٍ إلا مساعدة الطوارئ وملخص "اطلب المساعدة الآن".
voice-look = ابحث عن الصوت لهذه اللغة
voice-looking = جارٍ البحث عن الصوت…
voice-download = نزّل الصوت لهذه اللغة
voice-downloading = جارٍ تنزيل الصوت…
voice-installing = جارٍ التحقق من الصوت…
voice-downloaded = صوت هذه اللغة موجود على هذا الهاتف.
voice-done = تم تنزيل الصوت والتحقق منه. يمكن الآن قراءة كل شيء بصوت عالٍ.
voice-remove = احذف الصوت
voice-removed = تم حذف الصوت، وأصبحت مساحته فارغة من جديد.
voice-none = لا يوجد بعد صوت يقرأ هذه اللغة.
voice-not-offered = الناشر لا يقدّم بعد صوتاً لهذه اللغة.
voice-unreachable = تعذّر تنزيل الصوت: تعذّر الوصول إلى الخادم. لم يتغير شيء. حاول مرة أخرى لاحقاً.
voice-untrusted = الصوت الذي وصل ليس الصوت الذي وقّعه الناشر، لذلك تم رفضه. لم يتغير شيء.
voice-uses = المساحة المستخدمة:
