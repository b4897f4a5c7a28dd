// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Card Stock tab of the Cards page on real widgets over a real store, in Persian and
// Arabic: a gift batch made through its dialog (with the progress bar), a range handed out
// to an event, a range that is no longer in stock refused inline, a range blocked, the
// batch printed to PDF, and a card swiped at the desk (keyboard-wedge stripe with our MAC)
// opening the registration dialog that binds it to a new member and gives its value.
#include "MemberFlowSupport.h"
#include "Format.h"
#include "auth/AuthService.h"
#include "card/LoyaltyStripe.h"
#include "cards/CardService.h"
#include "cards/CardStockService.h"
#include "devices/DeviceHub.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "pages/cards/CardStockTab.h"
#include "pages/cards/CardsPage.h"
#include "pages/cards/StockActivationDialog.h"
#include "pages/cards/StockBatchDialogs.h"
#include "pages/members/MembersPage.h"
#include "security/KeyVault.h"
#include "shell/MainWindow.h"
#include "widgets/CardSwipeCatcher.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>

using namespace Club;
using namespace Club::Core;
using namespace MemberFlow;

namespace {
const QString kPassphrase = QStringLiteral("stock test passphrase");
constexpr int kBatch = 250; // large enough for the progress bar
constexpr Money kValue = 50'000;

QString localDigits(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

QString cell(QTableWidget *table, int row, int column)
{
    QTableWidgetItem *i = table->item(row, column);
    return i ? i->text() : QString();
}
} // namespace

class TestCardStockPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the devices' settings go to a test location
        QCoreApplication::setApplicationName(QStringLiteral("tst_cardstockpage"));
    }

    void stockFlow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void stockFlow()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Store s;
        CardType giftDraft;
        giftDraft.name = QStringLiteral("کارت هدیه");
        giftDraft.kind = CardKind::Gift;
        giftDraft.prefix = QStringLiteral("6282");
        Result<CardType> gift = s.hub->cards().createCardType(s.admin, giftDraft);
        QVERIFY(gift.ok());
        QVERIFY(s.hub->keys().create(s.admin, kPassphrase).ok());
        Result<UnlockedKeys> unlocked = s.hub->keys().unlock(s.admin, kPassphrase);
        QVERIFY(unlocked.ok());
        Ui::DeviceHub devices;
        Ui::DeviceSettings settings = devices.settings();
        settings.wedgeReader = true;
        devices.setSettings(settings);
        devices.setKeys(*unlocked);
        s.context->setDevices(&devices);

        std::unique_ptr<Ui::MainWindow> window(Ui::MainWindow::create(*s.context));
        window->resize(1200, 760);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *cards = window->page<Ui::CardsPage>();
        QVERIFY(cards);
        QVERIFY(window->showPage(cards));
        auto *tabs = child<QTabWidget>(cards, "cardsTabs");
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        Ui::CardStockTab *tab = cards->stockTab();
        auto *batches = child<QTableWidget>(tab, "stockBatches");
        QCOMPARE(batches->rowCount(), 0);

        // A gift batch through the dialog; the progress bar shows for this many cards.
        QString problem;
        bool progressShown = false;
        {
            auto guard = whenModal<Ui::NewStockBatchDialog>(&problem, [&](Ui::NewStockBatchDialog *d) {
                if (!choose(child<QComboBox>(d, "stockType"), QVariant::fromValue(qint64(gift->id))))
                    return QStringLiteral("the gift type is not offered");
                retypeSpin(child<QSpinBox>(d, "stockQuantity"), localDigits(kBatch));
                retype(child<Ui::DigitLineEdit>(d, "preloadedValue"), localDigits(kValue));
                retype(child(d, "stockNote"), QStringLiteral("نمایشگاه بهار"));
                // In Arabic the club gives the value away: a promotion, not money taken.
                if (language == QLatin1String("ar") && !choose(child<QComboBox>(d, "valueFunding"), true))
                    return QStringLiteral("no promotion choice");
                screenshot(d, QStringLiteral("stock-new-batch"));
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                // Made on a worker thread while this thread shows the bar; the dialog closes
                // itself once the batch is there.
                if (!QTest::qWaitFor(
                        [d, &progressShown] {
                            QWidget *modal = QApplication::activeModalWidget();
                            if (modal && modal->objectName() == QLatin1String("batchProgress"))
                                progressShown = true;
                            return !d->busy();
                        },
                        30000))
                    return QStringLiteral("the batch was never finished");
                if (d->result() != QDialog::Accepted)
                    return QString(QStringLiteral("the batch was refused: ") +
                                   d->errors()->message(QStringLiteral("quantity")) + d->errors()->message(QString()));
                return QString();
            });
            QTest::mouseClick(child<QPushButton>(tab, "newBatch"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QVERIFY(progressShown);
        QCOMPARE(batches->rowCount(), 1);
        QVERIFY(tab->selectedBatch());
        const Result<StockBatch> made = s.hub->cardStock().batch(s.admin, tab->selectedBatch()->id);
        QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message));
        const StockBatch batch = *made;
        QCOMPARE(batch.quantity, kBatch);
        QCOMPARE(batch.preloadedValue, kValue);
        QCOMPARE(batch.promotional, language == QLatin1String("ar"));
        QCOMPARE(cell(batches, 0, 4), Ui::Format::number(kBatch));
        const QList<StockCard> stock = *s.hub->cardStock().cardsOfBatch(s.admin, batch.id);

        // Cards 1 to 10 handed out to an event.
        {
            auto guard = whenModal<Ui::StockRangeDialog>(&problem, [&](Ui::StockRangeDialog *d) {
                retypeSpin(child<QSpinBox>(d, "rangeFrom"), localDigits(1));
                retypeSpin(child<QSpinBox>(d, "rangeTo"), localDigits(10));
                retype(child(d, "recipient"), QStringLiteral("نمایشگاه بهار"));
                screenshot(d, QStringLiteral("stock-distribute"));
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                return d->result() == QDialog::Accepted && d->count() == 10 ? QString()
                                                                            : QStringLiteral("not distributed");
            });
            QTest::mouseClick(child<QPushButton>(tab, "distribute"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // A range overlapping what was handed out: refused under the range, nothing moves.
        {
            auto guard = whenModal<Ui::StockRangeDialog>(&problem, [&](Ui::StockRangeDialog *d) {
                retypeSpin(child<QSpinBox>(d, "rangeFrom"), localDigits(5));
                retypeSpin(child<QSpinBox>(d, "rangeTo"), localDigits(20));
                retype(child(d, "recipient"), QStringLiteral("x"));
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                if (!d->isVisible())
                    return QStringLiteral("the overlapping range was accepted");
                if (d->errors()->message(QStringLiteral("range")).isEmpty())
                    return QStringLiteral("no error under the range");
                screenshot(d, QStringLiteral("stock-distribute-refused"));
                return QString();
            });
            QTest::mouseClick(child<QPushButton>(tab, "distribute"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(s.hub->cardStock().batch(s.admin, batch.id)->distributed, 10);
        // The last 51 cards were lost in the post.
        {
            auto guard = whenModal<Ui::StockRangeDialog>(&problem, [&](Ui::StockRangeDialog *d) {
                retypeSpin(child<QSpinBox>(d, "rangeFrom"), localDigits(200));
                retype(child(d, "blockReason"), QStringLiteral("گم شده"));
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                return d->result() == QDialog::Accepted && d->count() == 51 ? QString() : QStringLiteral("not blocked");
            });
            QTest::mouseClick(child<QPushButton>(tab, "blockRange"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(cell(batches, 0, 6), Ui::Format::number(kBatch - 10 - 51)); // in stock
        QCOMPARE(cell(batches, 0, 7), Ui::Format::number(10));               // distributed
        QCOMPARE(cell(batches, 0, 9), Ui::Format::number(51));               // blocked
        auto *counts = child<QTableWidget>(tab, "stockCounts");
        QCOMPARE(counts->rowCount(), 3);
        screenshot(window.get(), QStringLiteral("stock-tab"));

        // Printed without names, front and back of every card still to hand out.
        const QString pdf = QDir(outputDir()).filePath(language + QStringLiteral("-stock-batch.pdf"));
        QFile::remove(pdf);
        tab->setNextPdfPath(pdf);
        QTest::mouseClick(child<QPushButton>(tab, "printBatch"), Qt::LeftButton);
        QVERIFY(QFileInfo(pdf).size() > 0);

        // A card still in stock is refused at the desk, and nothing is written.
        const Devices::CardKeys keys = devices.activeKeys();
        QVERIFY(keys.isValid());
        auto swipe = [&](const StockCard &card) {
            Devices::LoyaltyCardData data;
            data.keyVersion = keys.version;
            data.programmeId = quint16(card.cardTypeId);
            data.cardNumber = card.number;
            data.issueDate = card.createdAt.date();
            data.expiry = QDate(2099, 12, 31);
            const Devices::LoyaltyStripe::Tracks t =
                Devices::LoyaltyStripe::compose(data, QStringLiteral("MEMBER"), keys);
            const QStringList tracks{QString(QLatin1Char('%') + QString::fromLatin1(t.track1) + QLatin1Char('?')),
                                     QString(QLatin1Char(';') + QString::fromLatin1(t.track2) + QLatin1Char('?'))};
            Q_EMIT devices.swipeCatcher()->swiped(tracks);
        };
        const qint64 membersBefore = s.memberCount();
        Ui::MessageBox::takeLastText();
        Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        swipe(stock.at(30));
        QCOMPARE(Ui::MessageBox::takeLastText(),
                 QCoreApplication::translate("Club::Core::CardStockService",
                                             "This card has not been handed out yet: it is still in stock. Cards are "
                                             "activated only after they are distributed."));
        Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        swipe(stock.at(220));
        QVERIFY(Ui::MessageBox::takeLastText().contains(QCoreApplication::translate(
            "Club::Core::CardStockService",
            "This card is blocked (its batch was reported lost or withdrawn). Keep it and call a manager.")));
        QCOMPARE(s.memberCount(), membersBefore);

        // A handed-out card swiped anywhere opens its registration: a new member gets it.
        const Member draft = Club::Test::memberDraft(7);
        {
            auto guard = whenModal<Ui::StockActivationDialog>(&problem, [&](Ui::StockActivationDialog *d) {
                if (!child<QRadioButton>(d, "newMember")->isChecked())
                    return QStringLiteral("a new member is not the first choice");
                retype(child(d, "firstName"), QStringLiteral("مریم"));
                retype(child(d, "lastName"), QStringLiteral("کاظمی"));
                retype(child(d, "mobile"), draft.mobile);
                screenshot(d, QStringLiteral("stock-activate"));
                QTest::mouseClick(child<QPushButton>(d, "activate"), Qt::LeftButton);
                if (d->result() != QDialog::Accepted)
                    return QString(QStringLiteral("activation refused: ") +
                                   d->errors()->message(QStringLiteral("mobile")));
                return QString();
            });
            swipe(stock.at(0));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(s.memberCount(), membersBefore + 1);
        const StockCard bound = *s.hub->cardStock().stockCard(s.admin, stock.at(0).id);
        QCOMPARE(bound.status, StockCardStatus::Bound);
        const Member member = *s.hub->members().member(s.admin, bound.memberId);
        QCOMPARE(member.firstName, QStringLiteral("مریم"));
        QCOMPARE(s.hub->ledger().balance(s.admin, member.accountId)->storedValue, kValue);
        QCOMPARE(window->currentPage(), static_cast<Ui::Page *>(window->page<Ui::MembersPage>()));
        QCOMPARE(s.hub->cards().findByNumber(s.admin, stock.at(0).number)->memberId, member.id);

        // Swiped again, it is the member's card like any other: no dialog, the member opens.
        QVERIFY(window->showPage(cards));
        swipe(stock.at(0));
        QCOMPARE(window->currentPage(), static_cast<Ui::Page *>(window->page<Ui::MembersPage>()));
        QCOMPARE(s.hub->ledger().balance(s.admin, member.accountId)->storedValue, kValue);

        // An existing member gets the next card through the search.
        {
            auto guard = whenModal<Ui::StockActivationDialog>(&problem, [&](Ui::StockActivationDialog *d) {
                QTest::mouseClick(child<QRadioButton>(d, "existingMember"), Qt::LeftButton);
                retype(child(d, "memberSearch"), draft.mobile);
                QTest::keyClick(child(d, "memberSearch"), Qt::Key_Return);
                // That member may hold only one gift card: refused inline, nothing written.
                QTest::mouseClick(child<QPushButton>(d, "activate"), Qt::LeftButton);
                if (!d->isVisible())
                    return QStringLiteral("a second gift card for the member was accepted");
                return QString();
            });
            swipe(stock.at(1));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(s.hub->cardStock().stockCard(s.admin, stock.at(1).id)->status, StockCardStatus::Distributed);
        QCOMPARE(s.hub->ledger().balance(s.admin, member.accountId)->storedValue, kValue);
        s.context->setDevices(nullptr);
    }

    // Cancel on the progress bar while the worker makes the cards: nothing is written, the
    // dialog stays open and says so, and the window answered all along.
    void cancelledBatchWritesNothing()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        const CardType type = s.loyaltyType(false);
        QVERIFY(type.id != kNoId);
        Ui::NewStockBatchDialog d(*s.context);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(choose(child<QComboBox>(&d, "stockType"), QVariant::fromValue(qint64(type.id))));
        retypeSpin(child<QSpinBox>(&d, "stockQuantity"), localDigits(CardStockService::kMaxBatch));
        QTest::mouseClick(child<QPushButton>(&d, "confirm"), Qt::LeftButton);
        QVERIFY(d.busy());
        auto *progress = d.findChild<QProgressDialog *>(QStringLiteral("batchProgress"));
        QVERIFY(progress);
        // The bar moves while this (UI) thread is free: the work is elsewhere.
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 20000);
        screenshot(progress, QStringLiteral("stock-batch-progress"));
        QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.busy(), 20000);
        QVERIFY(d.isVisible());
        QVERIFY(!d.batch());
        QCOMPARE(d.errors()->message(QString()),
                 QCoreApplication::translate("Club::Core::CardStockService",
                                             "The batch was cancelled. No cards were made."));
        QCOMPARE(s.hub->cardStock().batches(s.admin)->size(), 0);
        QCOMPARE(s.hub->cardStock().counts(s.admin)->size(), 0);
        d.reject();
    }
};

QTEST_MAIN(TestCardStockPage)
#include "tst_cardstockpage.moc"
