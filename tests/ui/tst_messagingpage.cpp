// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Messaging page on real widgets, offscreen, in Persian and Arabic, to a real SMTP
// server on loopback (aiosmtpd): the email settings with a test message, a template (an
// unknown placeholder refused inline), a segment of members who take email with its count,
// a campaign previewed and run off the UI thread, each member's status; the members page
// filtered by the segment. Screenshots of each tab go to $CLUB_TEST_OUTPUT/pages.
#include "MemberFlowSupport.h"
#include "SmtpSink.h"
#include "pages/members/MembersPage.h"
#include "pages/messaging/CampaignsPanel.h"
#include "pages/messaging/MessagingPage.h"
#include "pages/messaging/MessagingSettingsPanel.h"
#include "pages/messaging/SegmentsPanel.h"
#include "pages/messaging/TemplatesPanel.h"
#include "models/MemberSearchModel.h"
#include "widgets/ErrorDisplay.h"
#include "TestMain.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace MemberFlow;

class TestMessagingPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Ui::Language::install(QStringLiteral("fa")); }

    void campaignByEmail_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void campaignByEmail()
    {
        QFETCH(QString, code);
        Ui::Language::install(code);
        Store s;
        Club::Test::SmtpSink sink;
        QVERIFY2(sink.port() > 0, qPrintable(sink.error()));
        QList<Id> members;
        for (int n = 1; n <= 3; ++n) {
            Member d = Club::Test::memberDraft(n);
            d.firstName = QStringLiteral("مریم%1").arg(n);
            d.email = QStringLiteral("member%1@example.org").arg(n);
            d.emailOptOut = n == 3;
            const Result<Member> m = s.hub->members().create(s.admin, d);
            QVERIFY(m.ok());
            members << m->id;
        }

        Ui::MessagingPage page(*s.context);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.isRightToLeft());

        // Settings: the email server, then a test message to the manager.
        page.tabs()->setCurrentWidget(page.settings());
        retype(child(&page, "smtpHost"), QStringLiteral("127.0.0.1"));
        retypeSpin(child<QSpinBox>(&page, "smtpPort"), QString::number(sink.port()));
        QVERIFY(choose(child<QComboBox>(&page, "smtpSecurity"), QStringLiteral("none")));
        retype(child(&page, "smtpFrom"), QStringLiteral("club@example.com"));
        retype(child(&page, "smtpFromName"), QStringLiteral("باشگاه گلستان"));
        retype(child(&page, "testEmail"), QStringLiteral("manager@example.org"));
        QTest::mouseClick(child<QPushButton>(&page, "sendTestEmail"), Qt::LeftButton);
        auto *settingsStatus = child<QLabel>(&page, "messagingSettingsStatus");
        QTRY_VERIFY_WITH_TIMEOUT(settingsStatus->text().contains(QLatin1String("manager@example.org")), 15'000);
        QCOMPARE(sink.mail(1).headers.value("x-sink-to"), QStringLiteral("manager@example.org"));
        QVERIFY(screenshot(&page, QStringLiteral("messaging-settings")));

        // Templates: an unknown placeholder is refused under the text, then the message saved.
        page.tabs()->setCurrentWidget(page.templates());
        QTest::mouseClick(child<QPushButton>(&page, "newTemplate"), Qt::LeftButton);
        retype(child(&page, "templateName"), QStringLiteral("خبر امتیاز"));
        QVERIFY(choose(child<QComboBox>(&page, "templateChannel"), QStringLiteral("email")));
        retype(child(&page, "subject_fa"), QStringLiteral("{first_name} عزیز، امتیازهای شما"));
        auto *body = child<QPlainTextEdit>(&page, "body_fa");
        body->setFocus();
        type(body, QStringLiteral("امتیاز شما {points} است. {gift}"));
        QTest::mouseClick(child<QPushButton>(&page, "saveTemplate"), Qt::LeftButton);
        QVERIFY(page.templates()->fieldErrors().message(QStringLiteral("body_fa")).contains(QLatin1String("{gift}")));
        for (int i = 0; i < 7; ++i)
            QTest::keyClick(body, Qt::Key_Backspace);
        type(body, QStringLiteral("{store}"));
        QTest::mouseClick(child<QPushButton>(&page, "saveTemplate"), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(&page, "templateList")->count(), 1);
        QVERIFY(screenshot(&page, QStringLiteral("messaging-templates")));

        // Segments: members who take email; two of three.
        page.tabs()->setCurrentWidget(page.segments());
        QTest::mouseClick(child<QPushButton>(&page, "newSegment"), Qt::LeftButton);
        retype(child(&page, "segmentName"), QStringLiteral("ایمیل‌دارها"));
        child<QCheckBox>(&page, "segmentEmail")->setFocus();
        QTest::keyClick(child<QCheckBox>(&page, "segmentEmail"), Qt::Key_Space);
        QTest::mouseClick(child<QPushButton>(&page, "showSegmentMembers"), Qt::LeftButton);
        QCOMPARE(page.segments()->shownCount(), 2);
        QCOMPARE(child<QTableWidget>(&page, "segmentMembers")->rowCount(), 2);
        QTest::mouseClick(child<QPushButton>(&page, "saveSegment"), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(&page, "segmentList")->count(), 1);
        QVERIFY(screenshot(&page, QStringLiteral("messaging-segments")));

        // Campaigns: create, preview (nothing sent), run, statuses.
        page.tabs()->setCurrentWidget(page.campaigns());
        retype(child(&page, "campaignName"), QStringLiteral("اسفند"));
        QTest::mouseClick(child<QPushButton>(&page, "createCampaign"), Qt::LeftButton);
        QCOMPARE(child<QTableWidget>(&page, "campaignTable")->rowCount(), 1);
        QTest::mouseClick(child<QPushButton>(&page, "previewCampaign"), Qt::LeftButton);
        auto *recipients = child<QTableWidget>(&page, "recipientTable");
        QCOMPARE(recipients->rowCount(), 2);
        QVERIFY(recipients->item(0, 4)->text().startsWith(QStringLiteral("امتیاز شما ۰ است.")));
        QCOMPARE(sink.files().size(), 1);
        QTest::mouseClick(child<QPushButton>(&page, "runCampaign"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.campaigns()->busy() && child<QPushButton>(&page, "runCampaign")->isEnabled(),
                                 30'000);
        QCOMPARE(recipients->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(recipients->item(row, 2)->text(), Ui::CampaignsPanel::statusName(DeliveryStatus::Sent));
        QCOMPARE(sink.files().size(), 3);
        const auto mail = sink.mail(2);
        QCOMPARE(mail.headers.value("subject"), QStringLiteral("مریم1 عزیز، امتیازهای شما"));
        QVERIFY2(mail.body.startsWith(QStringLiteral("امتیاز شما ۰ است.")), qPrintable(mail.body));
        QVERIFY(screenshot(&page, QStringLiteral("messaging-campaigns")));

        page.tabs()->setCurrentIndex(3);
        QVERIFY(screenshot(&page, QStringLiteral("messaging-occasions")));

        // The members page lists the segment's members only, when asked.
        Ui::MembersPage membersPage(*s.context);
        membersPage.show();
        membersPage.activate();
        auto *segment = child<QComboBox>(&membersPage, "memberSegment");
        QCOMPARE(segment->count(), 2);
        QCOMPARE(membersPage.searchModel()->rowCount(), 3);
        QVERIFY(choose(segment, segment->itemData(1)));
        QTRY_COMPARE(membersPage.searchModel()->rowCount(), 2);
        QVERIFY(membersPage.searchModel()->rowOf(members.at(2)) < 0);
    }
};

QTEST_MAIN(TestMessagingPage)
#include "tst_messagingpage.moc"
