// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// "Print balance" on the member page: the slip goes to the desk's receipt printer (here a
// device file) as ESC/POS raster, and the simulated printer decodes what a real one prints.
#include "MemberFlowSupport.h"
#include "devices/DeviceSettings.h"
#include "devices/ReceiptOutput.h"
#include "ledger/LedgerService.h"
#include "pages/members/MemberView.h"
#include "pages/members/MembersPage.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace MemberFlow;

class tst_BalanceSlip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void slipReachesThePrinter();
    void noPrinterSaysSo();
};

void tst_BalanceSlip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("club-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_balanceslip"));
    Ui::Language::install(QStringLiteral("fa"));
}

void tst_BalanceSlip::slipReachesThePrinter()
{
    QTemporaryDir dir;
    Store s;
    const Member sara = s.member(1, QStringLiteral("سارا"), QStringLiteral("کریمی"));
    QVERIFY(sara.id != kNoId);
    EarnOptions expiring;
    expiring.expiresAt = QDateTime::currentDateTimeUtc().addDays(40);
    QVERIFY(s.hub->ledger().earnPoints(s.admin, sara.accountId, 1250, expiring, QStringLiteral("slip-earn-1")).ok());

    Ui::DeviceSettings settings;
    settings.receiptPort = dir.filePath(QStringLiteral("lp0"));
    settings.receiptWidthDots = 576;
    settings.save();

    std::unique_ptr<Ui::MainWindow> window(Ui::MainWindow::create(*s.context));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    Q_EMIT s.context->openMemberRequested(sara.id);
    auto *view = window->page<Ui::MembersPage>()->memberView();
    QTRY_COMPARE(view->member().id, sara.id);
    auto *print = view->findChild<QPushButton *>(QStringLiteral("printBalanceSlip"));
    QVERIFY(print && print->isVisible());
    QTest::mouseClick(print, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(print->isEnabled(), 10000);
    QVERIFY(Ui::MessageBox::takeLastText().isEmpty()); // no error was shown

    // The simulated printer decodes the job: init, raster 576 dots wide, a cut.
    QProcess sink;
    sink.start(QStringLiteral("/usr/bin/python3"),
               {QStringLiteral(CLUB_TEST_ESCPOS_SINK), QStringLiteral("--input"), settings.receiptPort,
                QStringLiteral("--pbm"), dir.filePath(QStringLiteral("slip.pbm")), QStringLiteral("--json"),
                dir.filePath(QStringLiteral("slip.json")), QStringLiteral("--idle-ms"), QStringLiteral("300")});
    QVERIFY(sink.waitForFinished(15000));
    QFile summary(dir.filePath(QStringLiteral("slip.json")));
    QVERIFY(summary.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(summary.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("width")).toInt(), 576);
    QVERIFY(json.value(QStringLiteral("height")).toInt() > 200);
    QVERIFY(!json.value(QStringLiteral("cut")).isNull());

    // For people: the slip as it prints.
    Result<AccountBalance> balance = s.hub->ledger().balance(s.admin, sara.accountId);
    QVERIFY(balance);
    QCOMPARE(balance->points, 1250);
    const auto image = Ui::ReceiptOutput::render(
        Ui::ReceiptOutput::balanceSlip(QStringLiteral("فروشگاه گلستان"), QStringLiteral("سارا کریمی"),
                                       QStringLiteral("6280000000000016"), *balance),
        576);
    QVERIFY(image);
    QDir out(qEnvironmentVariable("CLUB_TEST_OUTPUT", QDir::temp().filePath(QStringLiteral("clubmanager-test-output"))));
    out.mkpath(QStringLiteral("receipts"));
    QVERIFY(image->save(out.filePath(QStringLiteral("receipts/fa-balance-slip.png"))));
}

void tst_BalanceSlip::noPrinterSaysSo()
{
    Store s;
    const Member ali = s.member(2, QStringLiteral("علی"), QStringLiteral("رضایی"));
    Ui::DeviceSettings settings;
    settings.receiptPort.clear();
    settings.save();
    std::unique_ptr<Ui::MainWindow> window(Ui::MainWindow::create(*s.context));
    window->show();
    Q_EMIT s.context->openMemberRequested(ali.id);
    auto *view = window->page<Ui::MembersPage>()->memberView();
    QTRY_COMPARE(view->member().id, ali.id);
    Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("printBalanceSlip")), Qt::LeftButton);
    QVERIFY(!Ui::MessageBox::takeLastText().isEmpty());
}

QTEST_MAIN(tst_BalanceSlip)
#include "tst_balanceslip.moc"
