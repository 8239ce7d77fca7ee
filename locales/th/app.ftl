# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = ความช่วยเหลือและสิทธิของคุณ ในภาษาของคุณ ใช้ได้โดยไม่ต้องมีอินเทอร์เน็ต

## Leaving the app at once
quick-exit = ออกทันที
quick-exit-label = ออกจาก Haven ตอนนี้ แอปจะปิดทันที

## Choosing a language
choose-language = เลือกภาษาของคุณ
search-languages = ค้นหาภาษา
no-language-found = ไม่พบภาษา
change-language = ภาษา

## Moving around
home = หน้าแรก
back = กลับ
topics-heading = คุณต้องการอะไร?
more-services = บริการและหมายเลขโทรศัพท์ทั้งหมด

## The emergency card on every screen
emergency-heading = ตกอยู่ในอันตรายตอนนี้?
emergency-text = โทรหมายเลขฉุกเฉิน โทรฟรี

## The directory of services
directory = โทรหาใคร
directory-intro = บริการที่ช่วยคุณได้ แตะที่หมายเลขเพื่อโทร
filter-all = ทั้งหมด
kind-emergency = ฉุกเฉิน
kind-police = ตำรวจ
kind-hotline = สายด่วน
kind-shelter = ที่พักปลอดภัย
kind-legal = ช่วยเรื่องกฎหมาย
kind-health = สุขภาพ
kind-support = การสนับสนุน
kind-authority = หน่วยงานรัฐ
call = โทร
call-from-foreign-phone = จากโทรศัพท์ต่างประเทศ
send-sms = ส่ง SMS
send-email = อีเมล
open-website = เว็บไซต์
free-call = โทรฟรี
no-number = ไม่มีหมายเลขโทรศัพท์ที่เปิดเผย
no-services = ไม่มีบริการในกลุ่มนี้

## Notices on articles
not-translated = ยังไม่ได้แปล ส่วนนี้แสดงเป็นภาษาต้นฉบับ
review-original = เขียนเป็นภาษานี้จากแหล่งที่ตรวจสอบแล้ว
review-reviewed = แปลและตรวจสอบโดยเจ้าของภาษาแล้ว
review-machine-assisted = แปลโดยใช้เครื่องช่วย ยังไม่ได้ตรวจสอบโดยเจ้าของภาษา
review-not-translated = ยังไม่ได้แปล
sources = แหล่งที่มา
sources-intro = ข้อมูลในบทความนี้มาจากเว็บไซต์เหล่านี้
review-content-not-checked = ข้อมูลนี้ยังไม่ได้รับการตรวจสอบโดยที่ปรึกษากฎหมายหรือองค์กรช่วยเหลือ
review-content-checked = ข้อมูลนี้ตรวจสอบโดย:
section-sources = แหล่งข้อมูลของส่วนนี้

## Settings
settings = การตั้งค่า
text-size = ขนาดตัวอักษร
forget-settings = ลบการตั้งค่าของฉัน
forget-settings-explained = ลบการตั้งค่าของคุณออกจากโทรศัพท์เครื่องนี้ ได้แก่ ภาษา ขนาดตัวอักษร โหมดปกปิด การตรวจหาอัตโนมัติ และบันทึกว่า Haven ตรวจหาข้อมูลอัปเดตครั้งล่าสุดเมื่อใด ข้อมูลที่ Haven ดาวน์โหลดไว้จะยังอยู่ เพื่อให้ใช้งานได้ต่อไป Haven ไม่เก็บประวัติว่าคุณอ่านหรือค้นหาอะไร
forget-settings-done = ลบการตั้งค่าของคุณแล้ว
information-version = ข้อมูลฉบับที่ { $version } ตรวจสอบเมื่อ { $published }
information-publisher = เผยแพร่โดย { $publisher }

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = ข้อมูลนี้อาจไม่เป็นปัจจุบัน
stale-confirmed = ยืนยันครั้งล่าสุดว่าเป็นข้อมูลใหม่ที่สุดเมื่อ:
stale-explained = ตั้งแต่นั้น Haven ยังตรวจหาข้อมูลที่ใหม่กว่าไม่ได้ หมายเลขโทรศัพท์และกฎระเบียบอาจเปลี่ยนไปแล้ว

## Problems
refused-pack = ใช้เนื้อหานี้ไม่ได้ จึงแสดงข้อมูลที่มีอยู่ในแอปแทน:
preview-warnings = ใช้เนื้อหานี้ได้ โปรดตรวจสอบคำเตือนเหล่านี้ก่อนเผยแพร่:
error-generic = เกิดข้อผิดพลาด โปรดลองอีกครั้ง
open-link-failed = เปิดลิงก์นี้ไม่ได้

## Moving around, reading and printing
search = ค้นหา
menu = เมนู
two-languages = สองภาษา
print = พิมพ์
numbers-heading = หมายเลขโทรศัพท์

## Two languages side by side (the outreach worker's view)
dual-explained = แต่ละส่วนแสดงเป็นสองภาษาคู่กัน คุณเปลี่ยนภาษาใดภาษาหนึ่งได้ที่นี่
dual-reader-language = ภาษาของผู้อ่าน
dual-helper-language = ภาษาของผู้ช่วยเหลือ

## Search
search-label = ค้นหาในข้อมูลทั้งหมด
search-hint = พิมพ์คำที่ต้องการ คุณค้นหาเป็นภาษาของคุณหรือภาษาต้นฉบับของข้อมูลก็ได้
search-found = พบในที่ต่อไปนี้:
search-nothing-found = ไม่พบอะไรเลย ลองใช้คำอื่น หรือคำที่สั้นกว่านี้
search-in-reference = พบในภาษาต้นฉบับ:

## Discreet mode (in the settings)
discreet = โหมดปกปิด
discreet-what = เมื่อเปิดโหมดปกปิด Haven จะเปิดขึ้นมาเป็นเครื่องคิดเลข ถ้าต้องการดูข้อมูลนี้ ให้พิมพ์รหัสของคุณบนเครื่องคิดเลขแล้วกด =
discreet-not-hidden = โหมดปกปิดไม่ได้ซ่อนว่ามี Haven อยู่ในโทรศัพท์เครื่องนี้ ชื่อและไอคอนของแอปยังคงแสดงในรายการแอป ในรายการแอปที่เปิดอยู่ และในการตั้งค่าของโทรศัพท์ คนที่ลองรหัสหลาย ๆ แบบอาจหารหัสของคุณเจอได้
discreet-forgotten-code = จำรหัสของคุณไว้ให้ดี ถ้าลืม เครื่องคิดเลขจะเปิด Haven ไม่ได้อีก ให้ลบแอปแล้วติดตั้งใหม่
discreet-is-on = เปิดโหมดปกปิดอยู่
discreet-is-off = ปิดโหมดปกปิดอยู่
discreet-code = รหัสของคุณ (ตัวเลข 6 ถึง 12 หลัก)
discreet-not-pin = อย่าใช้รหัส PIN ของโทรศัพท์หรือบัตรธนาคาร เพราะคนที่รู้รหัสนั้นอาจเปิด Haven ได้
discreet-code-again = พิมพ์รหัสอีกครั้ง
discreet-turn-on = เปิดโหมดปกปิด
discreet-change-code = บันทึกรหัสใหม่
discreet-turn-off = ปิดโหมดปกปิด
discreet-saved = เรียบร้อย ครั้งหน้าที่เปิด Haven จะเห็นเครื่องคิดเลข
discreet-turned-off = ปิดโหมดปกปิดแล้ว Haven จะเปิดตามปกติ
discreet-code-invalid = รหัสต้องเป็นตัวเลข 6 ถึง 12 หลัก และไม่มีอย่างอื่น
discreet-code-mismatch = รหัสสองครั้งไม่ตรงกัน กรุณาพิมพ์ใหม่

## The calculator that discreet mode shows; each key's name for screen readers
calculator = เครื่องคิดเลข
calc-clear = ล้างทั้งหมด
calc-delete = ลบตัวสุดท้าย
calc-divide = หาร
calc-multiply = คูณ
calc-minus = ลบ
calc-plus = บวก
calc-equals = เท่ากับ
calc-point = จุดทศนิยม
calc-error = ผิดพลาด

## Updated information (in the settings)
updates = ข้อมูลที่อัปเดต
updates-source-embedded = ข้อมูลนี้มากับแอป
updates-source-synced = ข้อมูลนี้เป็นฉบับอัปเดตที่ดาวน์โหลดและตรวจสอบแล้ว
updates-source-preview = ข้อมูลนี้เป็นตัวอย่างจากโฟลเดอร์นี้:
updates-check = ตรวจหาข้อมูลที่อัปเดต
updates-checking = กำลังตรวจสอบ…
updates-downloading = กำลังดาวน์โหลด…
updates-installing = กำลังติดตั้ง…
updates-updated = ตอนนี้ใช้ข้อมูลใหม่แล้ว
updates-unchanged = คุณมีข้อมูลล่าสุดอยู่แล้ว
updates-refused = ไม่มีอะไรเปลี่ยนแปลง ติดต่อฉบับอัปเดตไม่ได้ หรือฉบับอัปเดตเชื่อถือไม่ได้ ข้อมูลที่คุณมีอยู่ยังใช้ได้
updates-unavailable = Haven ชุดนี้ตรวจหาข้อมูลที่อัปเดตไม่ได้
updates-not-configured = Haven ชุดนี้ไม่มีที่อยู่สำหรับตรวจหาการอัปเดต
updates-automatic = ตรวจหาอัตโนมัติ
updates-automatic-explained = เมื่อเปิดไว้ Haven จะใช้อินเทอร์เน็ตตรวจหาข้อมูลที่อัปเดตทุกครั้งที่เปิดแอป เมื่อปิดไว้ Haven จะเชื่อมต่อเฉพาะเมื่อคุณกดปุ่มด้านบนเท่านั้น

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = ใช่
check-no = ไม่ใช่
check-not-sure = ไม่แน่ใจ
check-start = เริ่ม
check-previous = คำถามก่อนหน้า
check-progress = คำถามที่ตอบแล้ว
check-again = เริ่มใหม่
check-read-signs = อ่านเกี่ยวกับสัญญาณ

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = ออกจากเว็บไซต์นี้ตอนนี้ จะเปิดเว็บไซต์ทั่วไปขึ้นมาแทน
web-history-warning = การเข้าชมครั้งนี้จะอยู่ในประวัติของเบราว์เซอร์ หากไม่อยากทิ้งร่องรอย ให้ใช้แท็บส่วนตัว หรือลบประวัติหลังจากนั้น
web-nothing-stored = หากคุณไม่ได้ขอ เว็บไซต์นี้จะไม่เก็บอะไรไว้ในโทรศัพท์ของคุณ ไม่มีคุกกี้ และไม่มีบันทึกว่าคุณอ่านอะไร
web-about = เกี่ยวกับเว็บไซต์นี้
web-safety-heading = ความปลอดภัยของคุณบนเว็บไซต์นี้
web-languages-heading = ภาษาต่าง ๆ และการตรวจสอบของแต่ละภาษา
web-other-languages = หน้านี้ในภาษาอื่น
web-keep = เก็บไว้ในโทรศัพท์ของฉัน
web-keep-explained = บันทึกข้อมูลนี้ เฉพาะภาษานี้ ไว้ในเบราว์เซอร์ของโทรศัพท์ เพื่อให้คุณอ่านได้โดยไม่ต้องมีอินเทอร์เน็ต คนที่ดูเบราว์เซอร์ของคุณอาจเห็นว่ามีข้อมูลนี้อยู่
web-keep-button = เก็บไว้ในโทรศัพท์
web-keep-done = เรียบร้อย ตอนนี้คุณอ่านข้อมูลนี้ได้โดยไม่ต้องมีอินเทอร์เน็ต
web-keep-remove = ลบออกจากโทรศัพท์ของฉัน
web-keep-removed = ลบแล้ว ตอนนี้ไม่มีอะไรจากเว็บไซต์นี้เก็บอยู่ในโทรศัพท์ของคุณ
web-keep-needs-scripts = การเก็บข้อมูลต้องใช้ JavaScript ซึ่งปิดอยู่ในเบราว์เซอร์นี้ ส่วนอื่นทั้งหมดใช้ได้โดยไม่ต้องใช้
web-keep-unsupported = เบราว์เซอร์นี้เก็บข้อมูลไว้อ่านโดยไม่มีอินเทอร์เน็ตไม่ได้
web-get-app = ดาวน์โหลดแอป
web-get-app-explained = แอปใช้ได้โดยไม่ต้องมีอินเทอร์เน็ต และไม่เก็บประวัติว่าคุณอ่านอะไร

## Listening (the voices are in the pack)
listen = ฟัง
listen-article = ฟังบทความทั้งหมด
listen-pause = หยุดชั่วคราว
listen-resume = ฟังต่อ
listen-stop = หยุด
listen-now = กำลังเล่น:
audio-synthetic = เสียงนี้สร้างโดยคอมพิวเตอร์ อาจออกเสียงบางคำผิด
audio-recorded = อ่านโดย:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = การฟัง
voice-what = Haven อ่านข้อมูลออกเสียงเป็นภาษาของคุณได้ เสียงอ่านสำหรับข้อมูลทั้งหมดจะดาวน์โหลดเมื่อคุณขอเท่านั้น และจะเก็บอยู่ในโทรศัพท์เครื่องนี้
voice-built-in = ถ้าไม่มีเสียงอ่านนี้ จะอ่านออกเสียงได้เฉพาะความช่วยเหลือฉุกเฉิน และสรุปของหัวข้อ "ขอความช่วยเหลือตอนนี้" เท่านั้น
voice-look = หาเสียงอ่านสำหรับภาษานี้
voice-looking = กำลังหาเสียงอ่าน…
voice-download = ดาวน์โหลดเสียงอ่านสำหรับภาษานี้
voice-downloading = กำลังดาวน์โหลดเสียงอ่าน…
voice-installing = กำลังตรวจสอบเสียงอ่าน…
voice-downloaded = เสียงอ่านสำหรับภาษานี้อยู่ในโทรศัพท์เครื่องนี้แล้ว
voice-done = ดาวน์โหลดและตรวจสอบเสียงอ่านแล้ว ตอนนี้อ่านออกเสียงได้ทุกอย่าง
voice-remove = ลบเสียงอ่าน
voice-removed = ลบเสียงอ่านแล้ว ได้พื้นที่ว่างคืนมาแล้ว
voice-none = ยังไม่มีเสียงอ่านสำหรับภาษานี้
voice-not-offered = ผู้เผยแพร่ยังไม่มีเสียงอ่านสำหรับภาษานี้
voice-unreachable = ดาวน์โหลดเสียงอ่านไม่ได้ เพราะติดต่อเซิร์ฟเวอร์ไม่ได้ ไม่มีอะไรเปลี่ยนแปลง โปรดลองอีกครั้งภายหลัง
voice-untrusted = เสียงอ่านที่ได้รับไม่ใช่เสียงที่ผู้เผยแพร่ลงนามรับรองไว้ จึงไม่ยอมรับ ไม่มีอะไรเปลี่ยนแปลง
voice-uses = ใช้พื้นที่:
