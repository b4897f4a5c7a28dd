// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Donations on real widgets, in Persian and Arabic: charities added on the Catalog page's
// Charities tab; points given from the member page (a wrong PIN refused inside the dialog,
// then the right one); the donation receipt written (PDF without a printer) and rendered to
// PNG; the member's history naming the charity; the per-charity totals and their CSV.
#include "MemberFlowSupport.h"
#include "Format.h"
#include "cards/CardService.h"
#include "devices/ReceiptOutput.h"
#include "donations/DonationService.h"
#include "ledger/LedgerService.h"
#include "models/LedgerHistoryModel.h"
#include "models/TableViews.h"
#include "pages/catalog/CatalogPage.h"
#include "pages/catalog/CharitiesPanel.h"
#include "pages/members/DonationDialog.h"
#include "pages/members/MemberView.h"
#include "pages/sales/SaleReceipts.h"
#include "sales/SalesService.h"
#include "widgets/DigitLineEdit.h"
#include "TestMain.h"

#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Club;
using namespace Club::Core;
using namespace MemberFlow;

namespace {
constexpr Money kPointValue = 1000;
const QString kPin = QStringLiteral("4826");

QString localDigits(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}
} // namespace

class TestDonationFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("tst_donationflow")); }

    void donateFromMemberPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void donateFromMemberPage()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Store store;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SalesSettings settings = store.hub->sales().settings();
        settings.pointValue = kPointValue;
        store.hub->sales().setSettings(settings);
        const CardType cardType = store.loyaltyType(true);
        QVERIFY(cardType.id != kNoId);
        const Member member = store.member(3, QStringLiteral("زهرا"), QStringLiteral("کاظمی"));
        QVERIFY(member.id != kNoId);
        QVERIFY(store.hub->cards().issue(store.admin, member.id, cardType.id, kPin));
        QVERIFY(store.hub->ledger().earnPoints(store.admin, member.accountId, 500, {}, QStringLiteral("earn")));

        // Charities on the Catalog page's Charities tab.
        Ui::CatalogPage catalog(*store.context);
        catalog.resize(1000, 600);
        catalog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&catalog));
        catalog.tabs()->setCurrentWidget(catalog.charitiesPanel());
        QString problem;
        for (const QString &name : {QStringLiteral("بنیاد کودکان"), QStringLiteral("کتابخانه محله")}) {
            auto guard = whenModal<QInputDialog>(&problem, [&](QInputDialog *d) {
                d->setTextValue(name);
                d->accept();
                return QString();
            });
            QTest::mouseClick(child<QPushButton>(catalog.charitiesPanel(), "newCharity"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QTableWidget *charities = catalog.charitiesPanel()->table();
        QCOMPARE(charities->rowCount(), 2);
        Result<QList<Charity>> made = store.hub->donations().charities(store.admin);
        QVERIFY(made && made->size() == 2);
        const Id children = made->at(0).name == QStringLiteral("بنیاد کودکان") ? made->at(0).id : made->at(1).id;

        // The member page: donate 120 points; a wrong PIN first.
        Ui::MemberView view(*store.context);
        view.resize(1100, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.showMember(member.id));
        const QString pdf = dir.filePath(QStringLiteral("donation.pdf"));
        Ui::SaleReceipts::setNextPdfPath(pdf);
        {
            auto guard = whenModal<Ui::DonationDialog>(&problem, [&](Ui::DonationDialog *d) {
                if (!choose(child<QComboBox>(d, "charity"), QVariant::fromValue<qint64>(children)))
                    return QStringLiteral("charity not offered");
                retypeSpin(child<QSpinBox>(d, "donationPoints"), localDigits(120));
                if (!child<QLabel>(d, "donationValue")->text().contains(Ui::Format::money(120 * kPointValue)))
                    return QStringLiteral("value not shown: %1").arg(child<QLabel>(d, "donationValue")->text());
                auto *pin = child<Ui::DigitLineEdit>(d, "donationPin");
                if (!pin)
                    return QStringLiteral("no PIN asked for a card that needs one");
                type(pin, QStringLiteral("9173"));
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                if (d->donation() || !d->isVisible())
                    return QStringLiteral("a wrong PIN was accepted");
                screenshot(d, QStringLiteral("donation-dialog"));
                retype(pin, language == QLatin1String("fa") ? QStringLiteral("۴۸۲۶") : QStringLiteral("٤٨٢٦"));
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                if (!d->donation())
                    return QStringLiteral("the right PIN was refused");
                return QString();
            });
            QTest::mouseClick(child<QPushButton>(&view, "donatePoints"), Qt::LeftButton);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Result<AccountBalance> balance = store.hub->ledger().balance(store.admin, member.accountId);
        QVERIFY(balance);
        QCOMPARE(balance->pointsAvailable, 380);
        QCOMPARE(child<QLabel>(&view, "balanceAvailable")->text().contains(Ui::Format::number(380)), true);
        // The receipt went out (a PDF here, no printer) and reads as it prints.
        QVERIFY(QFile::exists(pdf));
        Result<QList<JournalTransaction>> history = store.hub->ledger().history(store.admin, member.accountId);
        QVERIFY(history && !history->isEmpty());
        QCOMPARE(history->first().kind, kDonationKind);
        Ui::LedgerHistoryModel *model = view.historyModel();
        QVERIFY(model->rowCount() > 0);
        const QString kindText = model->index(0, Ui::LedgerHistoryModel::KindColumn).data().toString();
        QVERIFY2(kindText.contains(QStringLiteral("بنیاد کودکان")), qPrintable(kindText));

        Donation shown;
        shown.memberName = member.fullName();
        shown.charityName = QStringLiteral("بنیاد کودکان");
        shown.points = 120;
        shown.value = 120 * kPointValue;
        shown.pointsLeft = 380;
        shown.at = QDateTime::currentDateTimeUtc();
        const auto image = Ui::ReceiptOutput::render(
            Ui::DonationDialog::receipt(QStringLiteral("فروشگاه گلستان"), shown, QStringLiteral("6280000000000016")), 576);
        QVERIFY(image);
        QVERIFY(image->save(QDir(outputDir()).filePath(QStringLiteral("%1-donation-receipt.png").arg(language))));

        // The Charities tab follows: totals and their CSV.
        QVERIFY(catalog.charitiesPanel()->select(children));
        const int row = Ui::TableViews::selectedRow(charities);
        QCOMPARE(charities->item(row, Ui::CharitiesPanel::PointsColumn)->text(), Ui::Format::number(120));
        QCOMPARE(charities->item(row, Ui::CharitiesPanel::ValueColumn)->text(), Ui::Format::money(120 * kPointValue));
        QVERIFY(screenshot(&catalog, QStringLiteral("catalog-charities")));
        const QString csvPath = dir.filePath(QStringLiteral("donations.csv"));
        QVERIFY(catalog.charitiesPanel()->exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(QStringLiteral("بنیاد کودکان,1,120,120000\r\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("کتابخانه محله,0,0,0\r\n")), qPrintable(text));
        QVERIFY(screenshot(&view, QStringLiteral("member-donation")));
    }
};

QTEST_MAIN(TestDonationFlow)
#include "tst_donationflow.moc"
