<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>HubConsole</name>
    <message>
        <location filename="../hub/dialogs.py" line="15"/>
        <location filename="../hub/dialogs.py" line="25"/>
        <location filename="../hub/window.py" line="324"/>
        <source>Hub console</source>
        <translation>وحدة تحكم المركز</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="15"/>
        <source>Your name (recorded with every triage change):</source>
        <translation>اسمك (يُسجَّل مع كل تغيير في الفرز):</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="20"/>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="20"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="43"/>
        <location filename="../hub/views/detail.py" line="41"/>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Received</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="43"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="44"/>
        <location filename="../hub/views/detail.py" line="42"/>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <location filename="../hub/views/reporting.py" line="27"/>
        <source>Point of entry</source>
        <translation>نقطة الدخول</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="44"/>
        <location filename="../hub/views/detail.py" line="44"/>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="44"/>
        <location filename="../hub/views/detail.py" line="45"/>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="45"/>
        <location filename="../hub/views/detail.py" line="46"/>
        <source>Disposition</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="45"/>
        <source>Urgency · severity</source>
        <translation>الإلحاح · الشدة</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="46"/>
        <location filename="../hub/views/detail.py" line="148"/>
        <source>Triage</source>
        <translation>الفرز</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="48"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="48"/>
        <source>Open (not closed)</source>
        <translation>مفتوحة (غير مغلقة)</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="48"/>
        <location filename="../hub/views/parts.py" line="108"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="49"/>
        <location filename="../hub/views/parts.py" line="108"/>
        <source>Acknowledged</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="49"/>
        <location filename="../hub/views/parts.py" line="108"/>
        <source>Investigating</source>
        <translation>قيد التحقيق</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="50"/>
        <location filename="../hub/views/follow_up.py" line="36"/>
        <location filename="../hub/views/parts.py" line="109"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="67"/>
        <source>EXERCISE AND TEST ALERTS — not real. They are never shown with actual alerts, never counted with them and never in the report.</source>
        <translation>تنبيهات التمارين والاختبارات — ليست حقيقية. لا تُعرض أبدًا مع التنبيهات الحقيقية، ولا تُحسب معها، ولا تدخل في التقرير.</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="85"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="94"/>
        <source>Mark all as seen</source>
        <translation>تعليم الكل كمقروء</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerts.py" line="148"/>
        <source>%n alert(s)</source>
        <translation><numerusform>التنبيهات: %n</numerusform><numerusform>التنبيهات: %n</numerusform><numerusform>التنبيهات: %n</numerusform><numerusform>التنبيهات: %n</numerusform><numerusform>التنبيهات: %n</numerusform><numerusform>التنبيهات: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="150"/>
        <source>the newest %1 alerts</source>
        <translation>أحدث %1 تنبيه</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerts.py" line="152"/>
        <location filename="../hub/window.py" line="325"/>
        <source>%n new</source>
        <translation><numerusform>جديدة: %n</numerusform><numerusform>جديدة: %n</numerusform><numerusform>جديدة: %n</numerusform><numerusform>جديدة: %n</numerusform><numerusform>جديدة: %n</numerusform><numerusform>جديدة: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="200"/>
        <source>kiosk %1</source>
        <translation>الجهاز %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="39"/>
        <source>Flagged at the kiosk</source>
        <translation>نُبِّه عليه في الجهاز</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="40"/>
        <source>Sent</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="43"/>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Kiosk</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="47"/>
        <source>Recommended</source>
        <translation>الموصى به</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="48"/>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="49"/>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <source>Traveller</source>
        <translation>المسافر</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="50"/>
        <source>Follow-up until</source>
        <translation>المتابعة حتى</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="51"/>
        <source>Certainty</source>
        <translation>درجة اليقين</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="52"/>
        <source>Situation</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="53"/>
        <source>Protocols</source>
        <translation>البروتوكولات</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="54"/>
        <source>Encounter</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="55"/>
        <source>Identifier</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="56"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="83"/>
        <source>Select an alert to see its details and triage it.</source>
        <translation>اختر تنبيهًا لعرض تفاصيله وفرزه.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="125"/>
        <source>CAP message</source>
        <translation>رسالة CAP</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="137"/>
        <source>Thread</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="153"/>
        <source>Note (optional): what was done, who was called…</source>
        <translation>ملاحظة (اختيارية): ما الذي تم، ومن تم الاتصال به…</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="160"/>
        <source>Outcome (needed to close)…</source>
        <translation>النتيجة (مطلوبة للإغلاق)…</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="169"/>
        <source>Acknowledge</source>
        <translation>تأكيد الاستلام</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="170"/>
        <location filename="../hub/views/detail.py" line="250"/>
        <source>Investigate</source>
        <translation>التحقيق</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="171"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="176"/>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="183"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="211"/>
        <source>ACTUAL</source>
        <translation>حقيقي</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="216"/>
        <source>The stored CAP message could not be read again: %1</source>
        <translation>تعذّرت إعادة قراءة رسالة CAP المحفوظة: %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="233"/>
        <source>The alert this refers to has not reached the hub.</source>
        <translation>التنبيه الذي تشير إليه لم يصل إلى المركز.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="244"/>
        <source>Now: %1</source>
        <translation>الآن: %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="245"/>
        <source>Now: %1 — %2, %3</source>
        <translation>الآن: %1 — %2، %3</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="250"/>
        <source>Re-open</source>
        <translation>إعادة الفتح</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="258"/>
        <source>Not triaged yet.</source>
        <translation>لم يُفرز بعد.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="297"/>
        <source>risk %1</source>
        <translation>الخطر %1</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="29"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="29"/>
        <location filename="../hub/views/report.py" line="31"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="29"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="29"/>
        <location filename="../hub/window.py" line="174"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="36"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="36"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="36"/>
        <source>Checked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="37"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="41"/>
        <source>Well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="41"/>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="41"/>
        <location filename="../hub/views/parts.py" line="114"/>
        <source>Lost to follow-up</source>
        <translation>فُقدت متابعتها</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="42"/>
        <source>Referred to care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="42"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="47"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="72"/>
        <source>Travellers to follow up until their end date, with the contact they agreed to give for this purpose only (deleted 30 days after the end date). Overdue: no check for a whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="86"/>
        <location filename="../hub/views/follow_up.py" line="165"/>
        <source>Select a traveller to record today&apos;s check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="91"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="124"/>
        <source>%n under follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="125"/>
        <source>%n overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="125"/>
        <source>%n due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="167"/>
        <source>%1, today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="184"/>
        <source>Check recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="25"/>
        <source>Situation in force</source>
        <translation>الوضع الساري</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="25"/>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="34"/>
        <source>Each kiosk says online when it connects; the broker says offline for it when it vanishes (power or network cut).</source>
        <translation>يعلن كل جهاز أنه متصل عند اتصاله؛ ويعلن الوسيط أنه غير متصل عند اختفائه (انقطاع الكهرباء أو الشبكة).</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="44"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="44"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="58"/>
        <source>No kiosk has reported yet</source>
        <translation>لم يُبلغ أي جهاز بعد</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="59"/>
        <source>Kiosks: %1 online · %2 offline</source>
        <translation>الأجهزة: %1 متصل · %2 غير متصل</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="65"/>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="67"/>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="68"/>
        <source>%1 days</source>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="113"/>
        <source>Confirmed case</source>
        <translation>حالة مؤكدة</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="113"/>
        <source>Ruled out</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="114"/>
        <source>Duplicate</source>
        <translation>مكررة</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="119"/>
        <source>Exercise</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="120"/>
        <source>Actual</source>
        <translation>حقيقي</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="120"/>
        <source>Test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="124"/>
        <source>Alert</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="124"/>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="124"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="20"/>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="22"/>
        <source>Kiosk not enrolled</source>
        <translation>الجهاز غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="23"/>
        <source>Topic disagrees with the alert</source>
        <translation>الموضوع لا يطابق التنبيه</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="24"/>
        <source>Over the size limit</source>
        <translation>تتجاوز حد الحجم</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="25"/>
        <source>Implausible sent time</source>
        <translation>وقت إرسال غير معقول</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="26"/>
        <source>Not valid CAP 1.2</source>
        <translation>ليست CAP 1.2 صالحة</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="27"/>
        <source>Status not accepted</source>
        <translation>الحالة غير مقبولة</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="28"/>
        <source>Unreadable kiosk status</source>
        <translation>حالة الجهاز غير مقروءة</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="42"/>
        <source>Messages the hub kept without storing them as alerts. A kiosk that is not enrolled sends its alerts again: once it is enrolled they arrive.</source>
        <translation>رسائل احتفظ بها المركز دون تسجيلها كتنبيهات. الجهاز غير المسجَّل يعيد إرسال تنبيهاته: تصل بعد تسجيله.</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="52"/>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="63"/>
        <source>Nothing in quarantine</source>
        <translation>لا شيء في الحجر</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="31"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="31"/>
        <source>Last 28 days</source>
        <translation>آخر 28 يومًا</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="52"/>
        <source>Alerts by protocol and point of entry</source>
        <translation>التنبيهات حسب البروتوكول ونقطة الدخول</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="77"/>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/report.py" line="107"/>
        <source>%n actual alert(s) received from %1 to %2 UTC</source>
        <translation><numerusform>التنبيهات الحقيقية المستلمة من %1 إلى %2 UTC: %n</numerusform><numerusform>التنبيهات الحقيقية المستلمة من %1 إلى %2 UTC: %n</numerusform><numerusform>التنبيهات الحقيقية المستلمة من %1 إلى %2 UTC: %n</numerusform><numerusform>التنبيهات الحقيقية المستلمة من %1 إلى %2 UTC: %n</numerusform><numerusform>التنبيهات الحقيقية المستلمة من %1 إلى %2 UTC: %n</numerusform><numerusform>التنبيهات الحقيقية المستلمة من %1 إلى %2 UTC: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="111"/>
        <source>Not counted above: %1 exercise and %2 test alert(s) in the same period.</source>
        <translation>غير محسوبة أعلاه: تنبيهات تمارين: %1، وتنبيهات اختبار: %2 في الفترة نفسها.</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="118"/>
        <source>Closed: %1</source>
        <translation>المغلقة: %1</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="128"/>
        <location filename="../hub/views/report.py" line="129"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="27"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="27"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="28"/>
        <source>Kiosks that sent nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="28"/>
        <source>Screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="28"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="29"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="29"/>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="43"/>
        <source>No report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="45"/>
        <source>%1 of %2 kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="46"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="51"/>
        <source>No point of entry is enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="54"/>
        <source>%1 of %2 points of entry reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="57"/>
        <source>%n sent nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="59"/>
        <source>%n in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="75"/>
        <source>Day (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="89"/>
        <source>Each kiosk sends its counts of a UTC day after midnight (and on demand); a point of entry reported when all its enrolled kiosks did. Exercise screenings are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="104"/>
        <source>Ingest: no worker has reported</source>
        <translation>الاستقبال: لم تُبلغ أي عملية</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="107"/>
        <source>Ingest: %n worker(s) not reporting</source>
        <translation><numerusform>الاستقبال: عمليات لا تستجيب: %n</numerusform><numerusform>الاستقبال: عمليات لا تستجيب: %n</numerusform><numerusform>الاستقبال: عمليات لا تستجيب: %n</numerusform><numerusform>الاستقبال: عمليات لا تستجيب: %n</numerusform><numerusform>الاستقبال: عمليات لا تستجيب: %n</numerusform><numerusform>الاستقبال: عمليات لا تستجيب: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="109"/>
        <source>Ingest: database unreachable, %n alert(s) waiting</source>
        <translation><numerusform>الاستقبال: قاعدة البيانات غير متاحة، تنبيهات في الانتظار: %n</numerusform><numerusform>الاستقبال: قاعدة البيانات غير متاحة، تنبيهات في الانتظار: %n</numerusform><numerusform>الاستقبال: قاعدة البيانات غير متاحة، تنبيهات في الانتظار: %n</numerusform><numerusform>الاستقبال: قاعدة البيانات غير متاحة، تنبيهات في الانتظار: %n</numerusform><numerusform>الاستقبال: قاعدة البيانات غير متاحة، تنبيهات في الانتظار: %n</numerusform><numerusform>الاستقبال: قاعدة البيانات غير متاحة، تنبيهات في الانتظار: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="111"/>
        <source>Ingest: broker not connected</source>
        <translation>الاستقبال: الوسيط غير متصل</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="114"/>
        <source>Ingest: %n worker(s) OK · last commit %1</source>
        <translation><numerusform>الاستقبال: العمليات السليمة: %n · آخر تسجيل %1</numerusform><numerusform>الاستقبال: العمليات السليمة: %n · آخر تسجيل %1</numerusform><numerusform>الاستقبال: العمليات السليمة: %n · آخر تسجيل %1</numerusform><numerusform>الاستقبال: العمليات السليمة: %n · آخر تسجيل %1</numerusform><numerusform>الاستقبال: العمليات السليمة: %n · آخر تسجيل %1</numerusform><numerusform>الاستقبال: العمليات السليمة: %n · آخر تسجيل %1</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="154"/>
        <source>Opening the hub database…</source>
        <translation>جارٍ فتح قاعدة بيانات المركز…</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="170"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="171"/>
        <source>Kiosks</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="172"/>
        <location filename="../hub/window.py" line="307"/>
        <source>Quarantine</source>
        <translation>الحجر</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="173"/>
        <source>Daily reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="188"/>
        <source>Surveillance hub · alert console</source>
        <translation>مركز الترصد · وحدة تحكم التنبيهات</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="195"/>
        <source>Officer: %1</source>
        <translation>الموظف: %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="230"/>
        <source>Cannot open the hub database: %1</source>
        <translation>تعذّر فتح قاعدة بيانات المركز: %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="267"/>
        <source>Updated %1</source>
        <translation>حُدِّث %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="281"/>
        <source>Cannot read the hub database (retrying): %1</source>
        <translation>تعذّرت قراءة قاعدة بيانات المركز (إعادة المحاولة): %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="302"/>
        <source>%n in quarantine</source>
        <translation><numerusform>في الحجر: %n</numerusform><numerusform>في الحجر: %n</numerusform><numerusform>في الحجر: %n</numerusform><numerusform>في الحجر: %n</numerusform><numerusform>في الحجر: %n</numerusform><numerusform>في الحجر: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="307"/>
        <source>Quarantine  (%n)</source>
        <translation><numerusform>الحجر  (%n)</numerusform><numerusform>الحجر  (%n)</numerusform><numerusform>الحجر  (%n)</numerusform><numerusform>الحجر  (%n)</numerusform><numerusform>الحجر  (%n)</numerusform><numerusform>الحجر  (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="324"/>
        <source>Hub console — %n new</source>
        <translation><numerusform>وحدة تحكم المركز — جديدة: %n</numerusform><numerusform>وحدة تحكم المركز — جديدة: %n</numerusform><numerusform>وحدة تحكم المركز — جديدة: %n</numerusform><numerusform>وحدة تحكم المركز — جديدة: %n</numerusform><numerusform>وحدة تحكم المركز — جديدة: %n</numerusform><numerusform>وحدة تحكم المركز — جديدة: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="327"/>
        <source>Actual alerts  (%n new)</source>
        <translation><numerusform>التنبيهات الحقيقية  (جديدة: %n)</numerusform><numerusform>التنبيهات الحقيقية  (جديدة: %n)</numerusform><numerusform>التنبيهات الحقيقية  (جديدة: %n)</numerusform><numerusform>التنبيهات الحقيقية  (جديدة: %n)</numerusform><numerusform>التنبيهات الحقيقية  (جديدة: %n)</numerusform><numerusform>التنبيهات الحقيقية  (جديدة: %n)</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="327"/>
        <source>Actual alerts</source>
        <translation>التنبيهات الحقيقية</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="328"/>
        <source>Exercises and tests  (%n new)</source>
        <translation><numerusform>التمارين والاختبارات  (جديدة: %n)</numerusform><numerusform>التمارين والاختبارات  (جديدة: %n)</numerusform><numerusform>التمارين والاختبارات  (جديدة: %n)</numerusform><numerusform>التمارين والاختبارات  (جديدة: %n)</numerusform><numerusform>التمارين والاختبارات  (جديدة: %n)</numerusform><numerusform>التمارين والاختبارات  (جديدة: %n)</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="329"/>
        <source>Exercises and tests</source>
        <translation>التمارين والاختبارات</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="388"/>
        <source>Note added.</source>
        <translation>أُضيفت الملاحظة.</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="389"/>
        <source>Recorded: %1.</source>
        <translation>سُجِّل: %1.</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="426"/>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="455"/>
        <source>Outcome: choose one to close the alert: %1</source>
        <translation>النتيجة: اختر واحدة لإغلاق التنبيه: %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="457"/>
        <source>Note: at most %1 characters (%2 given)</source>
        <translation>الملاحظة: %1 حرفًا كحد أقصى (المُدخل: %2)</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="31"/>
        <source>en</source>
        <comment>locale name for dates, e.g. fr</comment>
        <translation>ar</translation>
    </message>
</context>
</TS>
