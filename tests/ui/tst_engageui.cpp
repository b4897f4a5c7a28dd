// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// On real widgets, offscreen, in Persian and Arabic: the member form's message language
// chosen with the keyboard; the Messaging page's failed occasion messages with their last
// error and a manager's Retry now, against a loopback SMTP server that is down, then up; the
// email password shown only as stored. Screenshots go to $CLUB_TEST_OUTPUT/pages.
#include "MemberFlowSupport.h"
#include "SmtpSink.h"
#include "messaging/MessagingSettingsStore.h"
#include "messaging/OccasionService.h"
#include "pages/members/MemberDialog.h"
#include "pages/messaging/CampaignsPanel.h"
#include "pages/messaging/MessagingPage.h"
#include "pages/messaging/MessagingSettingsPanel.h"
#include "pages/messaging/OccasionsPanel.h"
#include "TestMain.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace MemberFlow;

namespace {
int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}
} // namespace

class TestEngageUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Ui::Language::install(QStringLiteral("fa")); }

    void memberLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void memberLanguage()
    {
        QFETCH(QString, code);
        Ui::Language::install(code);
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        Ui::MemberDialog d(*s.context);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QVERIFY(d.isRightToLeft());
        type(child(&d, "firstName"), QStringLiteral("لیلا"));
        type(child(&d, "lastName"), QStringLiteral("کریمی"));
        type(child(&d, "mobile"), QStringLiteral("09121234567"));
        // By default the store's language; Tab from the notes reaches the language, and the
        // arrow keys choose it.
        auto *language = child<QComboBox>(&d, "language");
        QCOMPARE(language->currentData().toString(), QString());
        child<QWidget>(&d, "notes")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), language);
        QTest::keyClick(language, Qt::Key_Down);
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentData().toString(), QStringLiteral("ar"));
        QVERIFY(screenshot(&d, QStringLiteral("member-form-language")));
        QVERIFY(d.save());
        QVERIFY(d.savedMember());
        QCOMPARE(s.hub->members().member(s.admin, d.savedMember()->id)->language, QStringLiteral("ar"));

        // Editing shows the saved choice.
        Ui::MemberDialog edit(*s.context, *d.savedMember());
        QCOMPARE(child<QComboBox>(&edit, "language")->currentData().toString(), QStringLiteral("ar"));
    }

    void failedOccasions_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void failedOccasions()
    {
        QFETCH(QString, code);
        Ui::Language::install(code);
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        QTemporaryDir keys;
        s.hub->messagingSettings().setKeyFile(keys.filePath(QStringLiteral("messaging.key")));
        const int port = freePort();
        QVERIFY(port > 0);
        MessagingSettings settings;
        settings.smtp.host = QStringLiteral("127.0.0.1");
        settings.smtp.port = port;
        settings.smtp.security = SmtpSettings::Security::None;
        settings.smtp.fromAddress = QStringLiteral("club@example.com");
        settings.smtp.user = QStringLiteral("club");
        settings.smtp.password = QStringLiteral("hidden-pass");
        settings.smtp.timeoutSecs = 5;
        QVERIFY(s.hub->messagingSettings().save(s.admin, settings).ok());
        MessageTemplate t;
        t.name = QStringLiteral("تولد");
        t.channel = Channel::Email;
        t.subjectFa = QStringLiteral("تولدتان مبارک");
        t.bodyFa = QStringLiteral("{first_name} عزیز، تولدتان مبارک!");
        const Result<MessageTemplate> made = s.hub->campaigns().saveTemplate(s.admin, t);
        QVERIFY(made.ok());
        OccasionRule rule;
        rule.kind = OccasionKind::Birthday;
        rule.enabled = true;
        rule.templateId = made->id;
        QVERIFY(s.hub->messagingSettings().saveOccasionRule(s.admin, rule).ok());
        Member d = Club::Test::memberDraft(1);
        // Born on today's Jalali month and day (the store's day: UTC here).
        const QCalendar jalali(QCalendar::System::Jalali);
        const QCalendar::YearMonthDay today = jalali.partsFromDate(QDateTime::currentDateTimeUtc().date());
        d.birthDate = jalali.dateFromParts(today.year - 30, today.month, today.day);
        d.email = QStringLiteral("leila@example.org");
        QVERIFY(s.hub->members().create(s.admin, d).ok());
        // The daily step with the server down: one message, failed.
        QCOMPARE(*s.hub->occasions().queueDue(s.admin), 1);
        QCOMPARE(s.hub->occasions().sendPending(s.admin)->failed, 1);

        Ui::MessagingPage page(*s.context);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.isRightToLeft());
        page.tabs()->setCurrentWidget(page.occasions());
        page.occasions()->reload();
        auto *failedOnly = child<QCheckBox>(&page, "failedOnly");
        failedOnly->setFocus();
        QTest::keyClick(failedOnly, Qt::Key_Space);
        auto *list = child<QTableWidget>(&page, "occasionMessages");
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 3)->text(), Ui::CampaignsPanel::statusName(DeliveryStatus::Failed));
        QVERIFY(!list->item(0, 6)->text().isEmpty()); // the server's refusal
        QVERIFY(!list->item(0, 5)->text().isEmpty()); // when it is tried again by itself
        auto *retry = child<QPushButton>(&page, "retryNow");
        QVERIFY(!retry->isEnabled());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0, 3)).center());
        QVERIFY(retry->isEnabled());
        QVERIFY(screenshot(&page, QStringLiteral("messaging-failed-occasions")));

        // The server is back: Retry now sends it, and the failed list is empty.
        Club::Test::SmtpSink sink({QStringLiteral("--port"), QString::number(port)});
        QVERIFY2(sink.port() == port, qPrintable(sink.error()));
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 0, 20'000);
        QCOMPARE(sink.files().size(), 1);
        QTest::keyClick(failedOnly, Qt::Key_Space);
        QCOMPARE(list->item(0, 3)->text(), Ui::CampaignsPanel::statusName(DeliveryStatus::Sent));

        // The settings never show the password; saving the form keeps it.
        page.tabs()->setCurrentWidget(page.settings());
        page.settings()->load();
        auto *password = child(&page, "smtpPassword");
        QVERIFY(password->text().isEmpty());
        QVERIFY(!password->placeholderText().isEmpty());
        QVERIFY(screenshot(&page, QStringLiteral("messaging-settings-stored")));
        QVERIFY(page.settings()->save());
        QCOMPARE(s.hub->messagingSettings().load()->smtp.password, QStringLiteral("hidden-pass"));
    }
};

QTEST_MAIN(TestEngageUi)
#include "tst_engageui.moc"
