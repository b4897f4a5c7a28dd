<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Club::App</name>
    <message>
        <source>Customer Club Manager</source>
        <translation>مدير نادي العملاء</translation>
    </message>
    <message>
        <source>The folder for the data file could not be created: %1</source>
        <translation>تعذّر إنشاء مجلد ملف البيانات: %1</translation>
    </message>
    <message>
        <source>Customer Club Manager is already open on this data file. Switch to the open window, or close it first.</source>
        <translation>برنامج مدير نادي العملاء مفتوح بالفعل على ملف البيانات هذا. انتقل إلى النافذة المفتوحة أو أغلقها أولًا.</translation>
    </message>
    <message>
        <source>The data file&apos;s folder cannot be written to: %1</source>
        <translation>لا يمكن الكتابة في مجلد ملف البيانات: %1</translation>
    </message>
</context>
<context>
    <name>Club::Core::Actor</name>
    <message>
        <source>Your role does not allow this. Ask a manager or an administrator.</source>
        <translation>لا يسمح دورك بهذا الإجراء. اطلب ذلك من مدير المتجر أو مدير النظام.</translation>
    </message>
</context>
<context>
    <name>Club::Core::AuthService</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a branch code.</source>
        <translation>أدخل رمز الفرع.</translation>
    </message>
    <message>
        <source>Enter a branch name.</source>
        <translation>أدخل اسم الفرع.</translation>
    </message>
    <message>
        <source>A branch with this code already exists.</source>
        <translation>يوجد فرع بهذا الرمز بالفعل.</translation>
    </message>
    <message>
        <source>The user name must be 3 to 32 Latin letters, digits, dots, dashes or underscores.</source>
        <translation>يجب أن يتكون اسم المستخدم من 3 إلى 32 خانة، من الحروف اللاتينية والأرقام والنقاط والشرطات والشرطات السفلية فقط.</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s full name.</source>
        <translation>أدخل الاسم الكامل للمستخدم.</translation>
    </message>
    <message>
        <source>The password could not be secured. Try again.</source>
        <translation>تعذّر تأمين كلمة المرور. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>اسم المستخدم هذا مستخدم من قبل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation>أدخل اسم المتجر.</translation>
    </message>
    <message>
        <source>This store is already set up.</source>
        <translation>تم إعداد هذا المتجر من قبل.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>This operator has been deactivated.</source>
        <translation>تم تعطيل هذا المستخدم.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. An administrator must set a new password.</source>
        <translation>أُدخلت كلمة مرور خاطئة مرات كثيرة. يجب أن يعيّن مدير النظام كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or take away your own administrator role.</source>
        <translation>لا يمكنك تعطيل حسابك أو إزالة دور مدير النظام عن نفسك.</translation>
    </message>
    <message>
        <source>The operator was not found.</source>
        <translation>لم يتم العثور على المستخدم.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CardService</name>
    <message>
        <source>The member was not found.</source>
        <translation>لم يتم العثور على العضو.</translation>
    </message>
    <message>
        <source>This member has been deactivated. Reactivate the member before giving them a card.</source>
        <translation>تم تعطيل هذا العضو. أعد تفعيله قبل إصدار بطاقة له.</translation>
    </message>
    <message numerus="yes">
        <source>A member may hold only %n active card(s) of the type &quot;%1&quot;, and this member already has that many. Block or replace one of them instead.</source>
        <translation>
            <numerusform>لا يمكن للعضو أن يحمل أكثر من %n بطاقة فعّالة من نوع &quot;%1&quot;، وقد بلغ هذا العضو هذا الحد. أوقف إحدى بطاقاته أو استبدلها بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن للعضو أن يحمل أكثر من %n بطاقة فعّالة من نوع &quot;%1&quot;، وقد بلغ هذا العضو هذا الحد. أوقف بطاقته أو استبدلها بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن للعضو أن يحمل أكثر من %n بطاقتين فعّالتين من نوع &quot;%1&quot;، وقد بلغ هذا العضو هذا الحد. أوقف إحدى بطاقاته أو استبدلها بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن للعضو أن يحمل أكثر من %n بطاقات فعّالة من نوع &quot;%1&quot;، وقد بلغ هذا العضو هذا الحد. أوقف إحدى بطاقاته أو استبدلها بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن للعضو أن يحمل أكثر من %n بطاقةً فعّالة من نوع &quot;%1&quot;، وقد بلغ هذا العضو هذا الحد. أوقف إحدى بطاقاته أو استبدلها بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن للعضو أن يحمل أكثر من %n بطاقة فعّالة من نوع &quot;%1&quot;، وقد بلغ هذا العضو هذا الحد. أوقف إحدى بطاقاته أو استبدلها بدلًا من ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>No blank cards of this type are left in this branch.</source>
        <translation>لم تتبقَّ بطاقات فارغة من هذا النوع في هذا الفرع.</translation>
    </message>
    <message numerus="yes">
        <source>Every card number with the prefix %1 and %n digit(s) has been given out. Give the card type a new prefix or a longer number.</source>
        <translation>
            <numerusform>نفدت جميع أرقام البطاقات ذات البادئة %1 والمكوّنة من %n خانة. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول.</numerusform>
            <numerusform>نفدت جميع أرقام البطاقات ذات البادئة %1 والمكوّنة من %n خانة. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول.</numerusform>
            <numerusform>نفدت جميع أرقام البطاقات ذات البادئة %1 والمكوّنة من %n خانتين. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول.</numerusform>
            <numerusform>نفدت جميع أرقام البطاقات ذات البادئة %1 والمكوّنة من %n خانات. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول.</numerusform>
            <numerusform>نفدت جميع أرقام البطاقات ذات البادئة %1 والمكوّنة من %n خانةً. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول.</numerusform>
            <numerusform>نفدت جميع أرقام البطاقات ذات البادئة %1 والمكوّنة من %n خانة. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول.</numerusform>
        </translation>
    </message>
    <message>
        <source>No free card number was found for the prefix %1. Give the card type a new prefix.</source>
        <translation>لم يُعثر على رقم بطاقة متاح للبادئة %1. عيّن لنوع البطاقة بادئة جديدة.</translation>
    </message>
    <message>
        <source>Cards of this type are no longer issued.</source>
        <translation>لم تعد تُصدر بطاقات من هذا النوع.</translation>
    </message>
    <message>
        <source>Cards of this type need a PIN. Enter a PIN of 4 to 6 digits.</source>
        <translation>تتطلب بطاقات هذا النوع رمزًا سريًا. أدخل رمزًا سريًا من 4 إلى 6 أرقام.</translation>
    </message>
    <message>
        <source>This card has already been replaced.</source>
        <translation>تم استبدال هذه البطاقة من قبل.</translation>
    </message>
    <message>
        <source>The card was not found.</source>
        <translation>لم يتم العثور على البطاقة.</translation>
    </message>
    <message>
        <source>This card has been replaced and is no longer in use.</source>
        <translation>تم استبدال هذه البطاقة ولم تعد قيد الاستخدام.</translation>
    </message>
    <message>
        <source>A replaced card can never be unblocked. Use its replacement card.</source>
        <translation>لا يمكن إلغاء إيقاف بطاقة مستبدلة. استخدم البطاقة البديلة.</translation>
    </message>
    <message>
        <source>This card is already blocked.</source>
        <translation>هذه البطاقة موقوفة بالفعل.</translation>
    </message>
    <message>
        <source>This card is not blocked.</source>
        <translation>هذه البطاقة غير موقوفة.</translation>
    </message>
    <message>
        <source>The card was changed by someone else. Open it again.</source>
        <translation>عدّل مستخدم آخر هذه البطاقة. افتحها مرة أخرى.</translation>
    </message>
    <message>
        <source>A PIN must have %1 to %2 digits.</source>
        <translation>يجب أن يتكون الرمز السري من %1 إلى %2 أرقام.</translation>
    </message>
    <message>
        <source>A PIN may contain digits only.</source>
        <translation>يجب أن يحتوي الرمز السري على أرقام فقط.</translation>
    </message>
    <message>
        <source>A PIN of one repeated digit is too easy to guess. Choose another PIN.</source>
        <translation>الرمز السري المكوّن من رقم واحد مكرر سهل التخمين. اختر رمزًا سريًا آخر.</translation>
    </message>
    <message>
        <source>A PIN of consecutive digits, such as 1234 or 4321, is too easy to guess. Choose another PIN.</source>
        <translation>الرمز السري المكوّن من أرقام متتالية، مثل 1234 أو 4321، سهل التخمين. اختر رمزًا سريًا آخر.</translation>
    </message>
    <message>
        <source>The PIN could not be secured. Try again.</source>
        <translation>تعذّر تأمين الرمز السري. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This card is blocked.</source>
        <translation>هذه البطاقة موقوفة.</translation>
    </message>
    <message>
        <source>This card&apos;s PIN is locked after too many wrong tries. A manager must unlock it first.</source>
        <translation>الرمز السري لهذه البطاقة مقفل بعد محاولات خاطئة كثيرة. يجب أن يفتح مدير المتجر القفل أولًا.</translation>
    </message>
    <message>
        <source>This card has no PIN.</source>
        <translation>لا يوجد رمز سري لهذه البطاقة.</translation>
    </message>
    <message>
        <source>This card&apos;s PIN is locked after too many wrong tries. A manager must unlock it.</source>
        <translation>الرمز السري لهذه البطاقة مقفل بعد محاولات خاطئة كثيرة. يجب أن يفتح مدير المتجر القفل.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN was wrong %n time(s) and is now locked. A manager must unlock it.</source>
        <translation>
            <numerusform>أُدخل الرمز السري خطأً %n مرة وقد قُفل الآن. يجب أن يفتح مدير المتجر القفل.</numerusform>
            <numerusform>أُدخل الرمز السري خطأً %n مرة وقد قُفل الآن. يجب أن يفتح مدير المتجر القفل.</numerusform>
            <numerusform>أُدخل الرمز السري خطأً %n مرتين وقد قُفل الآن. يجب أن يفتح مدير المتجر القفل.</numerusform>
            <numerusform>أُدخل الرمز السري خطأً %n مرات وقد قُفل الآن. يجب أن يفتح مدير المتجر القفل.</numerusform>
            <numerusform>أُدخل الرمز السري خطأً %n مرةً وقد قُفل الآن. يجب أن يفتح مدير المتجر القفل.</numerusform>
            <numerusform>أُدخل الرمز السري خطأً %n مرة وقد قُفل الآن. يجب أن يفتح مدير المتجر القفل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong. %n try(s) left before it locks.</source>
        <translation>
            <numerusform>الرمز السري غير صحيح. تبقّت %n محاولة قبل أن يُقفل.</numerusform>
            <numerusform>الرمز السري غير صحيح. تبقّت %n محاولة قبل أن يُقفل.</numerusform>
            <numerusform>الرمز السري غير صحيح. تبقّت %n محاولتان قبل أن يُقفل.</numerusform>
            <numerusform>الرمز السري غير صحيح. تبقّت %n محاولات قبل أن يُقفل.</numerusform>
            <numerusform>الرمز السري غير صحيح. تبقّت %n محاولةً قبل أن يُقفل.</numerusform>
            <numerusform>الرمز السري غير صحيح. تبقّت %n محاولة قبل أن يُقفل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the card type.</source>
        <translation>أدخل اسمًا لنوع البطاقة.</translation>
    </message>
    <message>
        <source>The number prefix must be 1 to 8 digits.</source>
        <translation>يجب أن تتكون بادئة الرقم من 1 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>A card number must be 12 to 19 digits long.</source>
        <translation>يجب أن يتكون رقم البطاقة من 12 إلى 19 خانة.</translation>
    </message>
    <message>
        <source>The card number must be longer than the prefix and its check digit.</source>
        <translation>يجب أن يكون رقم البطاقة أطول من البادئة مع رقم التحقق.</translation>
    </message>
    <message>
        <source>The validity must be 0 to 120 months.</source>
        <extracomment>0 means the card never expires</extracomment>
        <translation>يجب أن تكون مدة الصلاحية من 0 إلى 120 شهرًا.</translation>
    </message>
    <message>
        <source>The cards per member must be 0 to 10.</source>
        <extracomment>0 means no limit</extracomment>
        <translation>يجب أن يكون عدد البطاقات لكل عضو من 0 إلى 10.</translation>
    </message>
    <message>
        <source>The card type was not found.</source>
        <translation>لم يتم العثور على نوع البطاقة.</translation>
    </message>
    <message>
        <source>A card type with this name already exists.</source>
        <translation>يوجد نوع بطاقة بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>Enter how many blank cards come in or go out.</source>
        <translation>أدخل عدد البطاقات الفارغة الواردة أو الصادرة.</translation>
    </message>
    <message>
        <source>Enter the reason for this stock movement.</source>
        <translation>أدخل سبب حركة المخزون هذه.</translation>
    </message>
    <message>
        <source>There are fewer blank cards in stock than you want to write off.</source>
        <translation>عدد البطاقات الفارغة في المخزون أقل من العدد الذي تريد شطبه.</translation>
    </message>
    <message>
        <source>No card has this number.</source>
        <translation>لا توجد بطاقة بهذا الرقم.</translation>
    </message>
</context>
<context>
    <name>Club::Core::LedgerService</name>
    <message>
        <source>The transaction was not found.</source>
        <translation>لم يتم العثور على المعاملة.</translation>
    </message>
    <message>
        <source>The expiry must be later than the time the points can be used.</source>
        <translation>يجب أن يكون انتهاء الصلاحية بعد الوقت الذي تصبح فيه النقاط قابلة للاستخدام.</translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not posted.</source>
        <translation>تعذّر التعرّف على العملية، لذلك لم تُسجَّل.</translation>
    </message>
    <message>
        <source>The operation is already being posted. Try again.</source>
        <translation>هذه العملية قيد التسجيل بالفعل. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation>أدخل عددًا موجبًا من النقاط.</translation>
    </message>
    <message>
        <source>Enter the number of points to add or take away.</source>
        <translation>أدخل عدد النقاط المراد إضافتها أو خصمها.</translation>
    </message>
    <message>
        <source>Enter the reason for the adjustment.</source>
        <translation>أدخل سبب التسوية.</translation>
    </message>
    <message>
        <source>Points cannot be moved to the account they are in.</source>
        <translation>لا يمكن تحويل النقاط إلى الحساب الموجودة فيه أصلًا.</translation>
    </message>
    <message>
        <source>Choose the time up to which points expire.</source>
        <translation>اختر الحد الزمني الذي تنتهي قبله صلاحية النقاط.</translation>
    </message>
    <message>
        <source>Points cannot be expired ahead of time.</source>
        <translation>لا يمكن إنهاء صلاحية النقاط قبل موعدها.</translation>
    </message>
    <message>
        <source>The points changed while they were being expired. Nothing was posted; run the expiry again.</source>
        <translation>تغيّرت النقاط أثناء إنهاء صلاحيتها. لم يُسجَّل شيء؛ شغّل إنهاء الصلاحية مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter a positive amount.</source>
        <translation>أدخل مبلغًا موجبًا.</translation>
    </message>
    <message>
        <source>member account %1, %2</source>
        <translation>حساب العضو %1، %2</translation>
    </message>
    <message>
        <source>Transaction %1 does not balance: its points entries sum to %2.</source>
        <translation>المعاملة %1 غير متوازنة: مجموع قيود النقاط فيها %2.</translation>
    </message>
    <message>
        <source>Transaction %1 does not balance: its money entries sum to %2.</source>
        <translation>المعاملة %1 غير متوازنة: مجموع القيود المالية فيها %2.</translation>
    </message>
    <message>
        <source>Transaction %1 has no entries.</source>
        <translation>المعاملة %1 لا تحتوي على أي قيود.</translation>
    </message>
    <message>
        <source>Entry %1 of transaction %2 is in another unit than its account (%3).</source>
        <translation>القيد %1 من المعاملة %2 بوحدة تختلف عن وحدة حسابه (%3).</translation>
    </message>
    <message>
        <source>Account %1 shows a balance of %2, but its entries sum to %3.</source>
        <translation>الحساب %1 يُظهر رصيدًا قدره %2، لكن مجموع قيوده %3.</translation>
    </message>
    <message>
        <source>Account %1 is below zero (%2) although it may not go negative.</source>
        <translation>الحساب %1 أقل من الصفر (%2) مع أنه لا يجوز أن يكون سالبًا.</translation>
    </message>
    <message>
        <source>Points lot %1 shows %2 of %3 points remaining, but its entries sum to %4.</source>
        <translation>دفعة النقاط %1 تُظهر أن المتبقي منها %2 من أصل %3 نقطة، لكن مجموع قيودها %4.</translation>
    </message>
    <message>
        <source>Entry %1 draws on points lot %2 of another account.</source>
        <translation>القيد %1 يسحب من دفعة النقاط %2 التابعة لحساب آخر.</translation>
    </message>
    <message>
        <source>Member account %1 has %2 points, but its points lots hold %3.</source>
        <translation>رصيد نقاط حساب العضو %1 هو %2، لكن دفعات نقاطه تحتوي على %3.</translation>
    </message>
</context>
<context>
    <name>Club::Core::MemberService</name>
    <message>
        <source>A member cannot join their own family.</source>
        <translation>لا يمكن للعضو أن ينضم إلى عائلته هو.</translation>
    </message>
    <message>
        <source>Both members must be active to join a family.</source>
        <translation>يجب أن يكون العضوان نشطين للانضمام إلى عائلة.</translation>
    </message>
    <message>
        <source>These members are already in the same family.</source>
        <translation>هذان العضوان في العائلة نفسها بالفعل.</translation>
    </message>
    <message>
        <source>This member is the head of a family with other members. Take the other members out of it first.</source>
        <translation>هذا العضو هو رب عائلة تضم أعضاء آخرين. أخرج الأعضاء الآخرين منها أولًا.</translation>
    </message>
    <message>
        <source>This member already belongs to another family. Take them out of it first.</source>
        <translation>هذا العضو ينتمي بالفعل إلى عائلة أخرى. أخرجه منها أولًا.</translation>
    </message>
    <message>
        <source>This member&apos;s account holds stored value or credit. Settle it before joining a family.</source>
        <translation>يحتوي حساب هذا العضو على رصيد هدايا أو رصيد ائتمان. قم بتسويته قبل الانضمام إلى عائلة.</translation>
    </message>
    <message>
        <source>This member&apos;s points balance is negative. Settle it before joining a family.</source>
        <translation>رصيد نقاط هذا العضو سالب. قم بتسويته قبل الانضمام إلى عائلة.</translation>
    </message>
    <message>
        <source>This member is not in a family.</source>
        <translation>هذا العضو ليس ضمن أي عائلة.</translation>
    </message>
    <message>
        <source>The head of a family cannot leave while other members remain.</source>
        <translation>لا يمكن لرب العائلة مغادرتها ما دام فيها أعضاء آخرون.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>أدخل اسم المجموعة.</translation>
    </message>
    <message>
        <source>A group with this name already exists.</source>
        <translation>توجد مجموعة بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists.</source>
        <translation>إحدى المجموعات المختارة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>A member with this national code is already registered.</source>
        <translation>يوجد عضو مسجّل بهذا الرقم الوطني بالفعل.</translation>
    </message>
    <message>
        <source>A member with this mobile number is already registered.</source>
        <translation>يوجد عضو مسجّل برقم الجوال هذا بالفعل.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>أدخل الاسم الأول.</translation>
    </message>
    <message>
        <source>The first name is too long.</source>
        <translation>الاسم الأول طويل جدًا.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>أدخل اسم العائلة.</translation>
    </message>
    <message>
        <source>The last name is too long.</source>
        <translation>اسم العائلة طويل جدًا.</translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation>أدخل رقم الجوال.</translation>
    </message>
    <message>
        <source>This is not a mobile number. Enter an Iranian mobile such as 0912 123 4567, or an international number starting with + or 00.</source>
        <translation>هذا ليس رقم جوال صحيحًا. أدخل رقم جوال إيرانيًا مثل 0912 123 4567، أو رقمًا دوليًا يبدأ بـ + أو 00.</translation>
    </message>
    <message>
        <source>This national code is not valid. Check its ten digits.</source>
        <translation>هذا الرقم الوطني غير صالح. يتكون الرقم الوطني الإيراني من عشرة أرقام؛ تحقّق منها.</translation>
    </message>
    <message>
        <source>This email address is not valid.</source>
        <translation>عنوان البريد الإلكتروني هذا غير صالح.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>The birth date must be after 1900.</source>
        <translation>يجب أن يكون تاريخ الميلاد بعد عام 1900.</translation>
    </message>
    <message>
        <source>The marriage date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الزواج في المستقبل.</translation>
    </message>
    <message>
        <source>The marriage date cannot be before the birth date.</source>
        <translation>لا يمكن أن يكون تاريخ الزواج قبل تاريخ الميلاد.</translation>
    </message>
    <message>
        <source>The marriage date must be after 1900.</source>
        <translation>يجب أن يكون تاريخ الزواج بعد عام 1900.</translation>
    </message>
    <message>
        <source>A member cannot be their own referrer.</source>
        <translation>لا يمكن أن يكون العضو مُحيلًا لنفسه.</translation>
    </message>
    <message>
        <source>The referring member was not found.</source>
        <translation>لم يتم العثور على العضو المُحيل.</translation>
    </message>
    <message>
        <source>The referring member has been deactivated.</source>
        <translation>تم تعطيل العضو المُحيل.</translation>
    </message>
    <message>
        <source>A member with this mobile number is already registered: %1.</source>
        <translation>يوجد عضو مسجّل برقم الجوال هذا بالفعل: %1.</translation>
    </message>
    <message>
        <source>A member with this national code is already registered: %1.</source>
        <translation>يوجد عضو مسجّل بهذا الرقم الوطني بالفعل: %1.</translation>
    </message>
    <message>
        <source>The member was not found.</source>
        <translation>لم يتم العثور على العضو.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::AddStockDialog</name>
    <message>
        <source>Add Blank Cards</source>
        <translation>إضافة بطاقات فارغة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delivery note, supplier invoice…</source>
        <extracomment>Placeholder: why blank cards are added to the stock</extracomment>
        <translation>إشعار تسليم، فاتورة المورّد…</translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation>نوع البطاقة:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>عدد البطاقات:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add the blank cards to the stock</extracomment>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Choose a card type.</source>
        <translation>اختر نوع البطاقة.</translation>
    </message>
    <message>
        <source>Enter how many blank cards arrived.</source>
        <translation>أدخل عدد البطاقات الفارغة الواردة.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::BlockCardDialog</name>
    <message>
        <source>Block Card</source>
        <translation>إيقاف البطاقة</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>البطاقة:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>العضو:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>صِف ما حدث في بضع كلمات</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <extracomment>Button: block the card now</extracomment>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Block card %1 of %2?
It cannot be used until it is unblocked.</source>
        <extracomment>%1 is the card number, %2 the member&apos;s name</extracomment>
        <translation>هل تريد إيقاف البطاقة %1 الخاصة بـ %2؟
لن يمكن استخدامها حتى يُلغى إيقافها.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardActionBar</name>
    <message>
        <source>Re&amp;place…</source>
        <translation>استبدال…</translation>
    </message>
    <message>
        <source>Bloc&amp;k…</source>
        <translation>إيقاف…</translation>
    </message>
    <message>
        <source>U&amp;nblock</source>
        <translation>إلغاء الإيقاف</translation>
    </message>
    <message>
        <source>Set P&amp;IN…</source>
        <translation>تعيين الرمز السري…</translation>
    </message>
    <message>
        <source>Rese&amp;t PIN…</source>
        <translation>إعادة ضبط الرمز السري…</translation>
    </message>
    <message>
        <source>Un&amp;lock PIN</source>
        <translation>فتح قفل الرمز السري</translation>
    </message>
    <message>
        <source>Change P&amp;IN…</source>
        <translation>تغيير الرمز السري…</translation>
    </message>
    <message>
        <source>Unblock Card</source>
        <extracomment>%1 is a card number</extracomment>
        <translation>إلغاء إيقاف البطاقة</translation>
    </message>
    <message>
        <source>Unblock card %1? It can be used again at once.</source>
        <translation>هل تريد إلغاء إيقاف البطاقة %1؟ يمكن استخدامها مجددًا على الفور.</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <extracomment>%1 is a card number</extracomment>
        <translation>فتح قفل الرمز السري</translation>
    </message>
    <message>
        <source>Unlock the PIN of card %1? The member can try the PIN again.</source>
        <translation>هل تريد فتح قفل الرمز السري للبطاقة %1؟ سيتمكن العضو من إدخال الرمز السري مجددًا.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardEventModel</name>
    <message>
        <source>When</source>
        <extracomment>Column: date and time</extracomment>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column: what happened to the card</extracomment>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardListModel</name>
    <message>
        <source>Never</source>
        <extracomment>A card without an expiry date</extracomment>
        <translation>لا تنتهي</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>The card&apos;s PIN: locked after too many wrong tries</extracomment>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Set</source>
        <extracomment>The card&apos;s PIN: set or not</extracomment>
        <translation>مُعيَّن</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>نوع البطاقة</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Card status column</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sequence</source>
        <extracomment>Which card of the member this is: 1 for the first, 2 after one replacement...</extracomment>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardTypeDialog</name>
    <message>
        <source>New Card Type</source>
        <translation>نوع بطاقة جديد</translation>
    </message>
    <message>
        <source>Edit Card Type — %1</source>
        <extracomment>Window title; %1 is the card type&apos;s name</extracomment>
        <translation>تعديل نوع البطاقة — %1</translation>
    </message>
    <message>
        <source> digits</source>
        <extracomment>Suffix of the card number length, e.g. &quot;16 digits&quot;</extracomment>
        <translation> خانة</translation>
    </message>
    <message>
        <source>Never expires</source>
        <extracomment>Validity of 0 months: the card never expires</extracomment>
        <translation>لا تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>Suffix of the validity in months, e.g. &quot;24 months&quot;</extracomment>
        <translation> شهر</translation>
    </message>
    <message>
        <source>Cards need a &amp;PIN</source>
        <translation>تتطلب البطاقات رمزًا سريًا</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Cards of this type one member may hold: 0 means no limit</extracomment>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Issue only from &amp;blank card stock</source>
        <translation>لا تُصدر البطاقات إلا من مخزون البطاقات الفارغة</translation>
    </message>
    <message>
        <source>A&amp;ctive: new cards of this type can be issued</source>
        <translation>فعّال: يمكن إصدار بطاقات جديدة من هذا النوع</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>صنف البطاقة:</translation>
    </message>
    <message>
        <source>Number p&amp;refix:</source>
        <translation>بادئة الرقم:</translation>
    </message>
    <message>
        <source>Number &amp;length:</source>
        <translation>طول الرقم:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>مدة الصلاحية:</translation>
    </message>
    <message>
        <source>Cards per &amp;member:</source>
        <translation>عدد البطاقات لكل عضو:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardTypeModel</name>
    <message>
        <source>Never expires</source>
        <extracomment>Card validity: the card never expires</extracomment>
        <translation>لا تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Cards of this type one member may hold: no limit</extracomment>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <extracomment>Blank card stock is not counted for this card type</extracomment>
        <translation>لا يُتتبَّع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column: loyalty, gift, discount...</extracomment>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Prefix</source>
        <extracomment>Column: the digits every card number of this type starts with</extracomment>
        <translation>البادئة</translation>
    </message>
    <message>
        <source>Digits</source>
        <extracomment>Column: how many digits a card number has</extracomment>
        <translation>عدد الخانات</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>مدة الصلاحية</translation>
    </message>
    <message>
        <source>PIN required</source>
        <translation>يتطلب رمزًا سريًا</translation>
    </message>
    <message>
        <source>Per member</source>
        <translation>لكل عضو</translation>
    </message>
    <message>
        <source>Blank stock</source>
        <extracomment>Column: blank cards on hand at this branch</extracomment>
        <translation>البطاقات الفارغة</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Column: whether new cards of this type may be issued</extracomment>
        <translation>فعّال</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardTypesPage</name>
    <message>
        <source>Show &amp;inactive types</source>
        <translation>عرض الأنواع غير الفعّالة</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>&amp;New Card Type…</source>
        <translation>نوع بطاقة جديد…</translation>
    </message>
    <message>
        <source>New card type (%1)</source>
        <translation>نوع بطاقة جديد (%1)</translation>
    </message>
    <message>
        <source>Card Types</source>
        <extracomment>Side bar page title</extracomment>
        <translation>أنواع البطاقات</translation>
    </message>
    <message>
        <source>No card types yet. Create the first with New Card Type.</source>
        <translation>لا توجد أنواع بطاقات بعد. أنشئ أول نوع عبر «نوع بطاقة جديد».</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardsPage</name>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Blank Cards at This Branch</source>
        <translation>البطاقات الفارغة في هذا الفرع</translation>
    </message>
    <message>
        <source>Type or swipe the card number</source>
        <translation>اكتب رقم البطاقة أو مرّر البطاقة</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>رقم البطاقة:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Open Member</source>
        <translation>فتح ملف العضو</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>Card status (active, blocked, replaced)</extracomment>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>العضو:</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <extracomment>Which card of the member this is: 1 for the first, 2 after one replacement...</extracomment>
        <translation>التسلسل:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>تاريخ الإصدار:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>انتهاء الصلاحية:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>الرمز السري:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>السجل:</translation>
    </message>
    <message>
        <source>&amp;Add Stock…</source>
        <translation>إضافة مخزون…</translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>Side bar page title</extracomment>
        <translation>البطاقات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Card status and why, e.g. &quot;Blocked — Lost: left at the counter&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Card status of an active card past its expiry date</extracomment>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>لا تنتهي</translation>
    </message>
    <message>
        <source>Set</source>
        <extracomment>PIN state of a card</extracomment>
        <translation>مُعيَّن</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %Ln wrong tries</source>
        <extracomment>PIN state of a card; %n wrong tries</extracomment>
        <translation>
            <numerusform>يُقفل بعد %Ln محاولة خاطئة</numerusform>
            <numerusform>يُقفل بعد محاولة خاطئة واحدة</numerusform>
            <numerusform>يُقفل بعد محاولتين خاطئتين</numerusform>
            <numerusform>يُقفل بعد %Ln محاولات خاطئة</numerusform>
            <numerusform>يُقفل بعد %Ln محاولة خاطئة</numerusform>
            <numerusform>يُقفل بعد %Ln محاولة خاطئة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::DateEdit</name>
    <message>
        <source>No date</source>
        <extracomment>Shown in an optional date field that has no date</extracomment>
        <translation>بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>Club::Ui::FieldErrors</name>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the log.</source>
        <translation>حدث خطأ ما. التفاصيل مسجّلة في سجل البرنامج.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::IssueCardDialog</name>
    <message>
        <source>Issue Card</source>
        <translation>إصدار بطاقة</translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation>نوع البطاقة:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>الرمز السري:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>تأكيد الرمز السري:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <extracomment>Button: issue the card now</extracomment>
        <translation>إصدار</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A card type in a list: its name and its kind, e.g. &quot;Gold club (Loyalty)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No card type is active. A manager adds one under Card Types.</source>
        <translation>لا يوجد نوع بطاقة فعّال. يمكن لمدير المتجر إضافة نوع من صفحة «أنواع البطاقات».</translation>
    </message>
    <message>
        <source>Never expires.</source>
        <translation>لا تنتهي صلاحيتها.</translation>
    </message>
    <message>
        <source>Blank cards on hand: %1</source>
        <translation>البطاقات الفارغة المتوفرة: %1</translation>
    </message>
    <message>
        <source>Choose a card type.</source>
        <translation>اختر نوع البطاقة.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>الرمزان السريان غير متطابقين.</translation>
    </message>
    <message>
        <source>Card issued.
Number: %1</source>
        <extracomment>Shown after issuing a card; %1 is the new card number</extracomment>
        <translation>تم إصدار البطاقة.
الرقم: %1</translation>
    </message>
    <message numerus="yes">
        <source>Valid for %Ln month(s).</source>
        <translation>
            <numerusform>صالحة لمدة %Ln شهر.</numerusform>
            <numerusform>صالحة لمدة شهر واحد.</numerusform>
            <numerusform>صالحة لمدة شهرين.</numerusform>
            <numerusform>صالحة لمدة %Ln أشهر.</numerusform>
            <numerusform>صالحة لمدة %Ln شهرًا.</numerusform>
            <numerusform>صالحة لمدة %Ln شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs a PIN of %1 to %2 digits.</source>
        <extracomment>%1 and %2 are the fewest and most digits of a PIN</extracomment>
        <translation>يلزم رمز سري من %1 إلى %2 أرقام.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::Labels</name>
    <message>
        <source>Loyalty</source>
        <extracomment>Card kind: a card that collects points</extracomment>
        <translation>ولاء</translation>
    </message>
    <message>
        <source>Discount</source>
        <extracomment>Card kind: a card that gives a fixed discount</extracomment>
        <translation>خصم</translation>
    </message>
    <message>
        <source>Gift</source>
        <extracomment>Card kind: a prepaid gift card holding money</extracomment>
        <translation>هدية</translation>
    </message>
    <message>
        <source>Warranty</source>
        <extracomment>Card kind: a card that proves a product&apos;s warranty</extracomment>
        <translation>ضمان</translation>
    </message>
    <message>
        <source>Internal credit</source>
        <extracomment>Card kind: the store lends to the member (buy now, pay later)</extracomment>
        <translation>ائتمان داخلي</translation>
    </message>
    <message>
        <source>Installment</source>
        <extracomment>Card kind: purchases paid back in installments</extracomment>
        <translation>تقسيط</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Card status</extracomment>
        <translation>فعّالة</translation>
    </message>
    <message>
        <source>Blocked</source>
        <extracomment>Card status
----------
Card history event</extracomment>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>Card status: a new card was issued in its place</extracomment>
        <translation>مستبدلة</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>Stolen</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation>مسروقة</translation>
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation>تالفة</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A card&apos;s block reason and the operator&apos;s note, e.g. &quot;Lost: left at the counter&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Issued</source>
        <extracomment>Card history event</extracomment>
        <translation>تم الإصدار</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <extracomment>Card history event</extracomment>
        <translation>تم إلغاء الإيقاف</translation>
    </message>
    <message>
        <source>Replaced by a new card</source>
        <extracomment>Card history event: this card was replaced by a new one</extracomment>
        <translation>استُبدلت ببطاقة جديدة</translation>
    </message>
    <message>
        <source>Issued as a replacement</source>
        <extracomment>Card history event: this card was issued in place of an old one</extracomment>
        <translation>صدرت بطاقةً بديلة</translation>
    </message>
    <message>
        <source>PIN set</source>
        <extracomment>Card history event</extracomment>
        <translation>تم تعيين الرمز السري</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <extracomment>Card history event</extracomment>
        <translation>تم تغيير الرمز السري</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <extracomment>Card history event: a wrong PIN was typed</extracomment>
        <translation>رمز سري خاطئ</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <extracomment>Card history event: too many wrong PINs</extracomment>
        <translation>قُفل الرمز السري</translation>
    </message>
    <message>
        <source>PIN unlocked</source>
        <extracomment>Card history event</extracomment>
        <translation>فُتح قفل الرمز السري</translation>
    </message>
    <message>
        <source>%1; new card %2</source>
        <extracomment>Card history: why the card was replaced, then the new card&apos;s (masked) number</extracomment>
        <translation>%1؛ البطاقة الجديدة %2</translation>
    </message>
    <message>
        <source>Replaces %1; %2</source>
        <extracomment>Card history: the (masked) number of the card this one replaces, then why</extracomment>
        <translation>بديلة عن %1؛ %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln wrong try(s) in a row</source>
        <extracomment>Card history: how many wrong PINs in a row</extracomment>
        <translation>
            <numerusform>%Ln محاولة خاطئة متتالية</numerusform>
            <numerusform>%Ln محاولة خاطئة</numerusform>
            <numerusform>%Ln محاولتان خاطئتان متتاليتان</numerusform>
            <numerusform>%Ln محاولات خاطئة متتالية</numerusform>
            <numerusform>%Ln محاولةً خاطئة متتالية</numerusform>
            <numerusform>%Ln محاولة خاطئة متتالية</numerusform>
        </translation>
    </message>
    <message>
        <source>White</source>
        <extracomment>Membership tier</extracomment>
        <translation>أبيض</translation>
    </message>
    <message>
        <source>Bronze</source>
        <extracomment>Membership tier</extracomment>
        <translation>برونزي</translation>
    </message>
    <message>
        <source>Silver</source>
        <extracomment>Membership tier</extracomment>
        <translation>فضي</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>Membership tier</extracomment>
        <translation>ذهبي</translation>
    </message>
    <message>
        <source>Platinum</source>
        <extracomment>Membership tier</extracomment>
        <translation>بلاتيني</translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>Ledger transaction kind: points earned on a purchase</extracomment>
        <translation>نقاط مكتسبة</translation>
    </message>
    <message>
        <source>Points spent</source>
        <extracomment>Ledger transaction kind</extracomment>
        <translation>نقاط مستخدمة</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <extracomment>Ledger transaction kind: a manager&apos;s manual correction</extracomment>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>Points expired</source>
        <extracomment>Ledger transaction kind</extracomment>
        <translation>نقاط منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>Ledger transaction kind: points moved between family accounts</extracomment>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>Sign-up bonus</source>
        <extracomment>Ledger transaction kind: points given for joining the club</extracomment>
        <translation>مكافأة التسجيل</translation>
    </message>
    <message>
        <source>Birthday gift</source>
        <extracomment>Ledger transaction kind</extracomment>
        <translation>هدية عيد الميلاد</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <extracomment>Ledger transaction kind: points for bringing in a new member</extracomment>
        <translation>مكافأة الإحالة</translation>
    </message>
    <message>
        <source>Gift card charged</source>
        <extracomment>Ledger transaction kind: money put on a gift card</extracomment>
        <translation>شحن بطاقة هدية</translation>
    </message>
    <message>
        <source>Gift card spent</source>
        <extracomment>Ledger transaction kind: money spent from a gift card</extracomment>
        <translation>صرف من بطاقة هدية</translation>
    </message>
    <message>
        <source>Not specified</source>
        <extracomment>Gender not given</extracomment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Club::Ui::LedgerHistoryModel</name>
    <message>
        <source>When</source>
        <extracomment>Column: date and time</extracomment>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>Column: what kind of transaction (points earned, spent...)</extracomment>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Column: change of the stored value (gift money)</extracomment>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المستخدم</translation>
    </message>
</context>
<context>
    <name>Club::Ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <extracomment>Window title of the login dialog; %1 is the store&apos;s name</extracomment>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>%1 — Log in</source>
        <translation>%1 — تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>&amp;Find a member</source>
        <translation>بحث عن عضو</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <extracomment>Status bar: the operator&apos;s full name and their role</extracomment>
        <translation>المستخدم: %1 (%2)</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>الفرع: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Main window title: the store&apos;s name, then the program&apos;s name</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberCardsPanel</name>
    <message>
        <source>I&amp;ssue Card…</source>
        <translation>إصدار بطاقة…</translation>
    </message>
    <message>
        <source>This member has no card yet.</source>
        <translation>لا توجد بطاقة لهذا العضو بعد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberDialog</name>
    <message>
        <source>New Member</source>
        <translation>عضو جديد</translation>
    </message>
    <message>
        <source>Edit Member — %1</source>
        <extracomment>Window title; %1 is the member&apos;s name</extracomment>
        <translation>تعديل العضو — %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <extracomment>Shown in the referrer field when nobody referred the member</extracomment>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>The tier follows the points earned; it cannot be set by hand.</source>
        <extracomment>Tooltip of the member&apos;s tier in the member form</extracomment>
        <translation>يتحدد المستوى حسب النقاط المكتسبة، ولا يمكن تعيينه يدويًا.</translation>
    </message>
    <message>
        <source>No &amp;SMS messages</source>
        <translation>دون رسائل نصية (SMS)</translation>
    </message>
    <message>
        <source>No e-&amp;mail messages</source>
        <translation>دون رسائل بريد إلكتروني</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <extracomment>Button: pick the member who referred this one</extracomment>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button: remove the referrer</extracomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الأول:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم العائلة:</translation>
    </message>
    <message>
        <source>M&amp;obile:</source>
        <translation>رقم الجوال:</translation>
    </message>
    <message>
        <source>National &amp;code:</source>
        <translation>الرقم الوطني:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>Ma&amp;rriage date:</source>
        <translation>تاريخ الزواج:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>المدينة:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>بإحالة من:</translation>
    </message>
    <message>
        <source>Gro&amp;ups:</source>
        <translation>المجموعات:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>المستوى:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <extracomment>In the member form when the store has no member groups yet</extracomment>
        <translation>لا توجد مجموعات بعد</translation>
    </message>
    <message>
        <source>Who Referred This Member?</source>
        <extracomment>Window title of the member finder used for the referrer</extracomment>
        <translation>من أحال هذا العضو؟</translation>
    </message>
    <message>
        <source>%1
Open that member?</source>
        <extracomment>%1 says which member already has this mobile or national code</extracomment>
        <translation>%1
هل تريد فتح ملف هذا العضو؟</translation>
    </message>
    <message>
        <source>Already Registered</source>
        <extracomment>Title of the question asked when a mobile or national code is already registered</extracomment>
        <translation>مسجّل مسبقًا</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberFamilyPanel</name>
    <message>
        <source>&amp;Join a Family…</source>
        <translation>الانضمام إلى عائلة…</translation>
    </message>
    <message>
        <source>Lea&amp;ve the Family…</source>
        <translation>مغادرة العائلة…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column: head of the family or member of it</extracomment>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Head of the family</source>
        <extracomment>Family role of a member</extracomment>
        <translation>رب العائلة</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Not in a family: the points are the member&apos;s own.</source>
        <translation>ليس ضمن عائلة: النقاط خاصة بالعضو وحده.</translation>
    </message>
    <message>
        <source>Join Whose Family?</source>
        <extracomment>Window title of the member finder used to join a family</extracomment>
        <translation>إلى عائلة مَن سينضم العضو؟</translation>
    </message>
    <message>
        <source>Add %1 to the family of %2?
The points of %1 move to the family account.</source>
        <extracomment>%1 is the member joining, %2 the head of the family</extracomment>
        <translation>هل تريد إضافة %1 إلى عائلة %2؟
ستنتقل نقاط %1 إلى حساب العائلة.</translation>
    </message>
    <message>
        <source>Join a Family</source>
        <translation>الانضمام إلى عائلة</translation>
    </message>
    <message>
        <source>Take %1 out of the family?
The family keeps its points; %1 starts with an empty account.</source>
        <extracomment>%1 is the member leaving the family</extracomment>
        <translation>هل تريد إخراج %1 من العائلة؟
تحتفظ العائلة بنقاطها، ويبدأ %1 بحساب فارغ.</translation>
    </message>
    <message>
        <source>Leave the Family</source>
        <translation>مغادرة العائلة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) share one account and its points.</source>
        <translation>
            <numerusform>%Ln عضو يتشاركون حسابًا واحدًا ونقاطه.</numerusform>
            <numerusform>عضو واحد يملك هذا الحساب ونقاطه.</numerusform>
            <numerusform>عضوان يتشاركان حسابًا واحدًا ونقاطه.</numerusform>
            <numerusform>%Ln أعضاء يتشاركون حسابًا واحدًا ونقاطه.</numerusform>
            <numerusform>%Ln عضوًا يتشاركون حسابًا واحدًا ونقاطه.</numerusform>
            <numerusform>%Ln عضو يتشاركون حسابًا واحدًا ونقاطه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberPickerDialog</name>
    <message>
        <source>&amp;Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Name, mobile, national code or card number</source>
        <translation>الاسم أو الجوال أو الرقم الوطني أو رقم البطاقة</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <extracomment>Button: take the selected member</extracomment>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>لم يتم العثور على أي عضو.</translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation>اختر عضوًا من القائمة.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberSearchModel</name>
    <message>
        <source>Active</source>
        <extracomment>Member state in the search list</extracomment>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>National code: %1</source>
        <translation>الرقم الوطني: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>Tier</source>
        <extracomment>Membership tier (white, silver, gold...)</extracomment>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column: whether the member is active</extracomment>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberView</name>
    <message>
        <source>&amp;Back to Search</source>
        <translation>العودة إلى البحث</translation>
    </message>
    <message>
        <source>Back to the search (Esc)</source>
        <translation>العودة إلى البحث (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>الجوال:</translation>
    </message>
    <message>
        <source>National code:</source>
        <translation>الرقم الوطني:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>المستوى:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>المجموعات:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>المدينة:</translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation>عضو منذ:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>النقاط:</translation>
    </message>
    <message>
        <source>Available now:</source>
        <extracomment>Points that may be spent now</extracomment>
        <translation>المتاح الآن:</translation>
    </message>
    <message>
        <source>Pending:</source>
        <extracomment>Points earned but not yet spendable (return window)</extracomment>
        <translation>معلّقة:</translation>
    </message>
    <message>
        <source>Stored value:</source>
        <extracomment>Gift card money on the account</extracomment>
        <translation>رصيد الهدايا:</translation>
    </message>
    <message>
        <source>Next expiry:</source>
        <translation>أقرب انتهاء صلاحية:</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>البطاقات</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Tr&amp;ansactions</source>
        <extracomment>Tab of the member view: the last ledger transactions</extracomment>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <extracomment>Member state shown next to the name</extracomment>
        <translation>(غير نشط)</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Separator between group names in a list</extracomment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>تعطيل…</translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>إعادة تفعيل…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) on %1</source>
        <extracomment>%Ln points expire on the date %1</extracomment>
        <translation>
            <numerusform>%Ln نقطة في %1</numerusform>
            <numerusform>%Ln نقطة في %1</numerusform>
            <numerusform>%Ln نقطتان في %1</numerusform>
            <numerusform>%Ln نقاط في %1</numerusform>
            <numerusform>%Ln نقطةً في %1</numerusform>
            <numerusform>%Ln نقطة في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing expires</source>
        <extracomment>No points will expire</extracomment>
        <translation>لا تنتهي صلاحية أي نقاط</translation>
    </message>
    <message>
        <source>Reactivate %1?</source>
        <extracomment>%1 is the member&apos;s name</extracomment>
        <translation>هل تريد إعادة تفعيل %1؟</translation>
    </message>
    <message>
        <source>Deactivate %1?
The member stays on record and can be reactivated later.</source>
        <extracomment>%1 is the member&apos;s name</extracomment>
        <translation>هل تريد تعطيل %1؟
يبقى العضو في السجلات ويمكن إعادة تفعيله لاحقًا.</translation>
    </message>
    <message>
        <source>Reactivate Member</source>
        <translation>إعادة تفعيل العضو</translation>
    </message>
    <message>
        <source>Deactivate Member</source>
        <translation>تعطيل العضو</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MembersPage</name>
    <message>
        <source>Show &amp;inactive members</source>
        <translation>عرض الأعضاء غير النشطين</translation>
    </message>
    <message>
        <source>&amp;New Member…</source>
        <translation>عضو جديد…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Name, mobile, national code or card number</source>
        <translation>الاسم أو الجوال أو الرقم الوطني أو رقم البطاقة</translation>
    </message>
    <message>
        <source>Register a new member (%1)</source>
        <translation>تسجيل عضو جديد (%1)</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>Side bar page title</extracomment>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>No members yet. Register the first with New Member.</source>
        <translation>لا يوجد أعضاء بعد. سجّل أول عضو عبر «عضو جديد».</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>لم يتم العثور على أي عضو.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln عضو</numerusform>
            <numerusform>%Ln عضو</numerusform>
            <numerusform>%Ln عضوان</numerusform>
            <numerusform>%Ln أعضاء</numerusform>
            <numerusform>%Ln عضوًا</numerusform>
            <numerusform>%Ln عضو</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::OperatorDialog</name>
    <message>
        <source>Edit Operator</source>
        <translation>تعديل المستخدم</translation>
    </message>
    <message>
        <source>Add Operator</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>Any branch</source>
        <translation>أي فرع</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>الفرع:</translation>
    </message>
    <message>
        <source>&amp;May log in</source>
        <translation>يمكنه تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>R&amp;epeat the password:</source>
        <translation>تكرار كلمة المرور:</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتب كلمة المرور مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OperatorModel</name>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Locked out</source>
        <extracomment>In the &quot;Locked out&quot; column: too many wrong passwords</extracomment>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: whether the operator may log in</extracomment>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OperatorsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إضافة…</translation>
    </message>
</context>
<context>
    <name>Club::Ui::PasswordDialog</name>
    <message>
        <source>New Password for %1</source>
        <extracomment>%1 is the operator&apos;s full name</extracomment>
        <translation>كلمة مرور جديدة لـ %1</translation>
    </message>
    <message>
        <source>The operator logs in with this password from now on. Setting it also lifts a lock-out after too many wrong passwords.</source>
        <translation>سيسجّل المستخدم دخوله بكلمة المرور هذه من الآن فصاعدًا. ويؤدي تعيينها أيضًا إلى رفع القفل الناتج عن إدخال كلمات مرور خاطئة كثيرة.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>تكرار كلمة المرور:</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتب كلمة المرور مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::PinDialog</name>
    <message>
        <source>Set PIN</source>
        <translation>تعيين الرمز السري</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>تغيير الرمز السري</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <extracomment>Window title: a manager replaces a forgotten PIN</extracomment>
        <translation>إعادة ضبط الرمز السري</translation>
    </message>
    <message>
        <source>Card %1</source>
        <extracomment>%1 is a card number</extracomment>
        <translation>البطاقة %1</translation>
    </message>
    <message>
        <source>The old PIN stops working.</source>
        <translation>سيتوقف الرمز السري القديم عن العمل.</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>الرمز السري الحالي:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>رمز سري جديد:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>تأكيد الرمز السري:</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>الرمزان السريان غير متطابقين.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReplaceCardDialog</name>
    <message>
        <source>Replace Card</source>
        <translation>استبدال البطاقة</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>البطاقة:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>العضو:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <extracomment>Placeholder of the note when a card is replaced or blocked</extracomment>
        <translation>صِف ما حدث في بضع كلمات</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>The old card stops working at once. The new card keeps the same points and balance.</source>
        <translation>تتوقف البطاقة القديمة عن العمل فورًا، وتحتفظ البطاقة الجديدة بالنقاط والرصيد نفسيهما.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <extracomment>Button: replace the card now</extracomment>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Replace card %1 of %2?
The old card stops working and a new number is issued.</source>
        <extracomment>%1 is the card number, %2 the member&apos;s name</extracomment>
        <translation>هل تريد استبدال البطاقة %1 الخاصة بـ %2؟
ستتوقف البطاقة القديمة عن العمل وسيُصدر رقم جديد.</translation>
    </message>
    <message>
        <source>Card replaced.
New number: %1</source>
        <extracomment>Shown after replacing a card; %1 is the new card number</extracomment>
        <translation>تم استبدال البطاقة.
الرقم الجديد: %1</translation>
    </message>
</context>
<context>
    <name>Club::Ui::Role</name>
    <message>
        <source>Administrator</source>
        <extracomment>An operator role: may do everything, including managing operators</extracomment>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>Manager</source>
        <extracomment>An operator role: runs the store</extracomment>
        <translation>مدير المتجر</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>An operator role: works at the counter</extracomment>
        <translation>موظف</translation>
    </message>
    <message>
        <source>Accountant</source>
        <extracomment>An operator role: handles debts and reports</extracomment>
        <translation>محاسب</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation>اسم المتجر:</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>ملف البيانات:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>لغة البرنامج:</translation>
    </message>
    <message>
        <source>Points Ledger</source>
        <translation>دفتر حسابات النقاط</translation>
    </message>
    <message>
        <source>&amp;Verify the ledger</source>
        <translation>التحقق من دفتر الحسابات</translation>
    </message>
    <message>
        <source>Checks that every transaction balances and that every balance and points lot matches its entries.</source>
        <translation>يتحقق من توازن كل معاملة، ومن مطابقة كل رصيد وكل دفعة نقاط لقيودها.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation>أدخل اسم المتجر.</translation>
    </message>
    <message>
        <source>The program will appear in %1 the next time it starts.</source>
        <translation>سيظهر البرنامج باللغة %1 عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Checked %1 transactions, %2 accounts and %3 points lots.</source>
        <extracomment>%1 transactions, %2 accounts and %3 points lots were checked</extracomment>
        <translation>تم فحص المعاملات (%1) والحسابات (%2) ودفعات النقاط (%3).</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>كل شيء سليم.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Keep this list and contact support.</source>
        <translation>
            <numerusform>عُثر على %n مشكلة. احتفظ بهذه القائمة وتواصل مع الدعم الفني.</numerusform>
            <numerusform>عُثر على %n مشكلة. احتفظ بهذه القائمة وتواصل مع الدعم الفني.</numerusform>
            <numerusform>عُثر على %n مشكلتين. احتفظ بهذه القائمة وتواصل مع الدعم الفني.</numerusform>
            <numerusform>عُثر على %n مشكلات. احتفظ بهذه القائمة وتواصل مع الدعم الفني.</numerusform>
            <numerusform>عُثر على %n مشكلةً. احتفظ بهذه القائمة وتواصل مع الدعم الفني.</numerusform>
            <numerusform>عُثر على %n مشكلة. احتفظ بهذه القائمة وتواصل مع الدعم الفني.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::SetupWizard</name>
    <message>
        <source>Set up Customer Club Manager</source>
        <translation>إعداد مدير نادي العملاء</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <extracomment>Wizard button. In Persian and Arabic put the &amp; before a word&apos;s first letter.</extracomment>
        <translation>التالي</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>Wizard button</extracomment>
        <translation>السابق</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <extracomment>Wizard button</extracomment>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Wizard button</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>This store has not been set up yet. A few questions, and it is ready.</source>
        <translation>لم يتم إعداد هذا المتجر بعد. أجب عن بضعة أسئلة ويصبح جاهزًا.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Choose the language of the program. Persian shows dates in the Jalali calendar.</source>
        <translation>اختر لغة البرنامج. عند اختيار الفارسية تُعرض التواريخ بالتقويم الهجري الشمسي (الجلالي).</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>The store&apos;s name appears on screens and receipts. Each branch has a short code.</source>
        <translation>يظهر اسم المتجر على الشاشات والإيصالات. ولكل فرع رمز قصير.</translation>
    </message>
    <message>
        <source>Main branch</source>
        <translation>الفرع الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Store name:</source>
        <translation>اسم المتجر:</translation>
    </message>
    <message>
        <source>Branch &amp;code:</source>
        <translation>رمز الفرع:</translation>
    </message>
    <message>
        <source>Branch na&amp;me:</source>
        <translation>اسم الفرع:</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>The administrator may do everything, including adding the other operators.</source>
        <translation>يمكن لمدير النظام القيام بكل شيء، بما في ذلك إضافة المستخدمين الآخرين.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>تكرار كلمة المرور:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Finish creates the store. You will be logged in as the administrator.</source>
        <translation>عند الضغط على «إنهاء» يُنشأ المتجر ويتم تسجيل دخولك بصفتك مدير النظام.</translation>
    </message>
    <message>
        <source>Load &amp;demo data (about %1 members)</source>
        <extracomment>%1 is a number of members, in the language&apos;s digits</extracomment>
        <translation>تحميل بيانات تجريبية (نحو %1 من الأعضاء)</translation>
    </message>
    <message>
        <source>Demo data fills the store with made-up members, cards and a few months of points history, to try the program out. Leave it off for a real store.</source>
        <translation>تملأ البيانات التجريبية المتجر بأعضاء وبطاقات وهمية وسجل نقاط لبضعة أشهر، لتجربة البرنامج. اتركها غير مفعّلة في المتجر الحقيقي.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتب كلمة المرور مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation>أدخل اسم المتجر.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data file %1 could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation>تعذّر فتح ملف البيانات %1. تحقّق من وجود المجلد ومن أن لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>The database server could not be reached. Check the server address, the user name and the password.</source>
        <translation>تعذّر الاتصال بخادم قاعدة البيانات. تحقّق من عنوان الخادم واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>The data file is in use by another program. Close the other copy of Customer Club Manager and try again.</source>
        <translation>ملف البيانات قيد الاستخدام من قِبل برنامج آخر. أغلق النسخة الأخرى من مدير نادي العملاء ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a Customer Club Manager store. It was left untouched; restore it from a backup.</source>
        <translation>ملف البيانات %1 تالف أو لا يخص برنامج مدير نادي العملاء. لم يتم المساس به؛ استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The data file could not be prepared for use.</source>
        <translation>تعذّر تجهيز ملف البيانات للاستخدام.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Demo data can only be loaded into a store without members.</source>
        <translation>لا يمكن تحميل البيانات التجريبية إلا في متجر ليس فيه أعضاء.</translation>
    </message>
    <message>
        <source>The number of demo members must be between 0 and %1.</source>
        <translation>يجب أن يكون عدد الأعضاء التجريبيين بين 0 و%1.</translation>
    </message>
    <message numerus="yes">
        <source>The demo history must cover 1 to %n months.</source>
        <translation>
            <numerusform>يجب أن يغطي السجل التجريبي من 1 إلى %n شهر.</numerusform>
            <numerusform>يجب أن يغطي السجل التجريبي من 1 إلى %n شهر.</numerusform>
            <numerusform>يجب أن يغطي السجل التجريبي من 1 إلى %n شهرين.</numerusform>
            <numerusform>يجب أن يغطي السجل التجريبي من 1 إلى %n أشهر.</numerusform>
            <numerusform>يجب أن يغطي السجل التجريبي من 1 إلى %n شهرًا.</numerusform>
            <numerusform>يجب أن يغطي السجل التجريبي من 1 إلى %n شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data files are damaged. Reinstall the application.</source>
        <translation>ملفات البيانات التجريبية تالفة. أعد تثبيت البرنامج.</translation>
    </message>
</context>
<context>
    <name>DemoDataRunner</name>
    <message>
        <source>Creating the demo club: members, cards and their points history…</source>
        <translation>جارٍ إنشاء النادي التجريبي: الأعضاء والبطاقات وسجل نقاطهم…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>البيانات التجريبية</translation>
    </message>
</context>
<context>
    <name>LedgerStore</name>
    <message>
        <source>The member account was not found.</source>
        <translation>لم يتم العثور على حساب العضو.</translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation>تعذّر على مخزن البيانات إتمام العملية. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The points changed during this operation. Nothing was posted; try again.</source>
        <translation>تغيّرت النقاط أثناء هذه العملية. لم يُسجَّل شيء؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The balance does not cover this. Nothing was posted.</source>
        <translation>الرصيد لا يكفي لهذه العملية. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Not enough points: %1 can be used now and %2 are needed. Nothing was posted.</source>
        <translation>النقاط غير كافية: المتاح للاستخدام الآن %1 والمطلوب %2. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Not enough stored value: the balance is %1 and %2 is needed. Nothing was posted.</source>
        <translation>رصيد الهدايا غير كافٍ: الرصيد %1 والمطلوب %2. لم يُسجَّل شيء.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database holds other data and is not a Customer Club Manager store. It was left untouched.</source>
        <translation>قاعدة البيانات هذه تحتوي على بيانات أخرى ولا تخص برنامج مدير نادي العملاء. لم يتم المساس بها.</translation>
    </message>
    <message>
        <source>This data file was made by a newer version of Customer Club Manager (schema %1; this version knows up to %2). Please update the program. The file was left untouched.</source>
        <translation>أُنشئ ملف البيانات هذا بإصدار أحدث من مدير نادي العملاء (المخطط %1؛ وهذا الإصدار يدعم حتى %2). يُرجى تحديث البرنامج. لم يتم المساس بالملف.</translation>
    </message>
    <message>
        <source>A database upgrade step is missing from the program.</source>
        <translation>إحدى خطوات ترقية قاعدة البيانات غير موجودة في البرنامج.</translation>
    </message>
    <message>
        <source>The database could not be upgraded (step %1). Nothing was changed.</source>
        <translation>تعذّرت ترقية قاعدة البيانات (الخطوة %1). لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم للكل</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا للكل</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The record was not found.</source>
        <translation>لم يتم العثور على السجل.</translation>
    </message>
    <message>
        <source>This value is already recorded.</source>
        <translation>هذه القيمة مسجّلة بالفعل.</translation>
    </message>
    <message>
        <source>The data store is busy with another operation. Please try again in a moment.</source>
        <translation>مخزن البيانات مشغول بعملية أخرى. يُرجى المحاولة مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation>تعذّر على مخزن البيانات إتمام العملية. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The operation was already finished.</source>
        <translation>اكتملت العملية بالفعل.</translation>
    </message>
</context>
</TS>
