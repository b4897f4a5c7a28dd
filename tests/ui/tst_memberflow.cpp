// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A member's life at the counter, through the real widgets of the main window in Persian,
// right to left: register (an invalid mobile refused inline, a duplicate offering the
// existing member), issue a loyalty card, earn points, replace the card, and the member
// view showing it all. Then every page and dialog of members and cards in Persian and
// Arabic, saved under $CLUB_TEST_OUTPUT/pages for a human to look at.
#include "Format.h"
#include "MemberFlowSupport.h"
#include "models/CardListModel.h"
#include "models/CardTypeModel.h"
#include "models/Labels.h"
#include "models/LedgerHistoryModel.h"
#include "models/MemberSearchModel.h"
#include "pages/cards/AddStockDialog.h"
#include "pages/cards/BlockCardDialog.h"
#include "pages/cards/CardActionBar.h"
#include "pages/cards/CardsPage.h"
#include "pages/cards/IssueCardDialog.h"
#include "pages/cards/PinDialog.h"
#include "pages/cards/ReplaceCardDialog.h"
#include "pages/cardtypes/CardTypeDialog.h"
#include "pages/cardtypes/CardTypesPage.h"
#include "pages/members/MemberCardsPanel.h"
#include "pages/members/MemberDialog.h"
#include "pages/members/MemberPickerDialog.h"
#include "pages/members/MemberView.h"
#include "pages/members/MembersPage.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/JalaliDateEdit.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace Club;
using namespace Club::Core;
using Club::Test::TestDatabase;
using Club::Ui::MessageBox;
using namespace MemberFlow;

class TestMemberFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_memberflow"));
        Ui::Language::install(QStringLiteral("fa"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Persian);
    }

    void searchModel()
    {
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        const Member ali = s.member(1, QStringLiteral("علی"), QStringLiteral("رضایی"));
        const Member sara = s.member(2, QStringLiteral("سارا"), QStringLiteral("کریمی"));
        QVERIFY(ali.id != kNoId && sara.id != kNoId);
        QVERIFY(s.hub->members().setActive(s.admin, sara.id, false).ok());

        Ui::MemberSearchModel model(*s.context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.search({}).ok());
        QCOMPARE(model.rowCount(), 2); // inactive members are listed unless told otherwise
        QCOMPARE(model.columnCount(), int(Ui::MemberSearchModel::ColumnCount));

        model.setIncludeInactive(false);
        QVERIFY(model.refresh().ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.memberId(0), ali.id);
        QCOMPARE(model.data(model.index(0, Ui::MemberSearchModel::NameColumn)).toString(), ali.fullName());
        QCOMPARE(model.data(model.index(0, 0), Ui::MemberSearchModel::MemberIdRole).toLongLong(), ali.id);
        // The mobile as an Iranian reads it, kept left to right inside right-to-left text.
        QCOMPARE(model.data(model.index(0, Ui::MemberSearchModel::MobileColumn)).toString(),
                 Ui::Format::ltr(QStringLiteral("09120000001")));

        // Persian digits and Arabic letters find the same member.
        QVERIFY(model.search(QStringLiteral("۰۹۱۲۰۰۰۰۰۰۱")).ok());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.search(QStringLiteral("رضايي")).ok());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.search(QStringLiteral("nobody-here")).ok());
        QCOMPARE(model.rowCount(), 0);

        // A rename reaches the list without a new search.
        QVERIFY(model.search(QStringLiteral("علی")).ok());
        Member renamed = ali;
        renamed.firstName = QStringLiteral("علیرضا");
        QVERIFY(s.hub->members().update(s.admin, renamed).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0)).toString(), renamed.fullName());

        // The other models of the pages, over real rows.
        const CardType type = s.loyaltyType(false);
        QVERIFY(type.id != kNoId);
        Result<Card> card = s.hub->cards().issue(s.admin, ali.id, type.id);
        QVERIFY(card.ok());
        QVERIFY(s.hub->ledger().earnPoints(s.admin, ali.accountId, 50, {}, QStringLiteral("model-earn")).ok());

        Ui::CardListModel cards;
        QAbstractItemModelTester cardsTester(&cards, QAbstractItemModelTester::FailureReportingMode::QtTest);
        cards.setCards(*s.hub->cards().cardsOfMember(s.admin, ali.id));
        QCOMPARE(cards.rowCount(), 1);
        QCOMPARE(cards.data(cards.index(0, Ui::CardListModel::StatusColumn)).toString(),
                 Ui::Labels::cardStatus(CardStatus::Active));

        Ui::CardTypeModel types;
        QAbstractItemModelTester typesTester(&types, QAbstractItemModelTester::FailureReportingMode::QtTest);
        types.setCardTypes(*s.hub->cards().cardTypes(s.admin, true));
        types.setStock({{type.id, 3}});
        QCOMPARE(types.rowCount(), 1);

        Ui::LedgerHistoryModel history;
        QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setTransactions(*s.hub->ledger().history(s.admin, ali.accountId));
        QCOMPARE(history.rowCount(), 1);
        QVERIFY(history.data(history.index(0, Ui::LedgerHistoryModel::PointsColumn))
                    .toString()
                    .contains(Ui::Format::number(50)));
    }

    void memberFlow()
    {
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        const CardType loyalty = s.loyaltyType(true);
        QVERIFY(loyalty.id != kNoId);

        std::unique_ptr<Ui::MainWindow> window(Ui::MainWindow::create(*s.context));
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
        auto *page = window->page<Ui::MembersPage>();
        QVERIFY(page);
        QCOMPARE(window->currentPage(), page);

        // Ctrl+N registers a member. The first Save has a mobile that is too short: the
        // error shows under the mobile, which gets the focus, and nothing is saved.
        const QDate birth = QCalendar(QCalendar::System::Jalali).dateFromParts(1370, 6, 15);
        QString problem;
        qint64 afterInvalid = -1;
        QString mobileError;
        bool mobileFocused = false;
        QVERIFY(activate(window.get()));
        auto driver = whenModal<Ui::MemberDialog>(&problem, [&](Ui::MemberDialog *d) -> QString {
            retype(child(d, "firstName"), QStringLiteral("علی"));
            retype(child(d, "lastName"), QStringLiteral("رضایی"));
            retype(child(d, "mobile"), QStringLiteral("۰۹۱۲۱۲۳"));
            auto *date = child<Ui::DateEdit>(d, "birthDate");
            date->setFocus();
            // The field is empty; typing starts from today and fills the sections in the
            // order a Persian date is written, moving on when one is full: year, month, day.
            type(date, QStringLiteral("۱۳۷۰"));
            type(date, QStringLiteral("۰۶"));
            type(date, QStringLiteral("۱۵"));
            if (date->date() != birth)
                return QStringLiteral("birth date typed as %1").arg(date->date().toString(Qt::ISODate));
            QTest::keyClick(child(d, "mobile"), Qt::Key_Return);
            if (!d->isVisible())
                return QStringLiteral("the dialog closed on an invalid mobile");
            mobileError = d->fieldErrors().message(QStringLiteral("mobile"));
            mobileFocused = d->focusWidget() == child(d, "mobile");
            afterInvalid = s.memberCount();
            retype(child(d, "mobile"), QStringLiteral("۰۹۱۲۱۲۳۴۵۶۷"));
            QTest::keyClick(child(d, "mobile"), Qt::Key_Return);
            if (d->isVisible())
                return QStringLiteral("still open after a valid save: ") +
                       d->fieldErrors().message(QStringLiteral("mobile"));
            return {};
        });
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!mobileError.isEmpty());
        QVERIFY(mobileFocused);
        QCOMPARE(afterInvalid, qint64(0));
        QCOMPARE(s.memberCount(), qint64(1));

        // The new member is open at once, with the mobile normalized and the Jalali birth date.
        QVERIFY(page->isShowingMember());
        const Member ali = page->memberView()->member();
        QCOMPARE(ali.fullName(), QStringLiteral("علی رضایی"));
        QCOMPARE(ali.mobile, QStringLiteral("+989121234567"));
        QCOMPARE(ali.birthDate, birth);
        QCOMPARE(child<QLabel>(page, "memberBirthDate")->text(), Ui::Labels::directed(Ui::Format::date(birth)));
        QVERIFY(Ui::Format::date(birth).startsWith(QStringLiteral("۱۳۷۰")));

        // Esc goes back to the search, the cursor in the search field; a second
        // registration with the same mobile (Latin digits this time) offers the existing
        // member, and Yes opens it instead of saving.
        QVERIFY(activate(window.get()));
        QCOMPARE(QApplication::focusWidget(), child<QTableView>(page, "memberCards"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!page->isShowingMember());
        QCOMPARE(QApplication::focusWidget(), child(page, "memberSearch"));
        QString offered;
        QVERIFY(activate(window.get()));
        driver = whenModal<Ui::MemberDialog>(&problem, [&](Ui::MemberDialog *d) -> QString {
            retype(child(d, "firstName"), QStringLiteral("Ali"));
            retype(child(d, "lastName"), QStringLiteral("Rezaei"));
            retype(child(d, "mobile"), QStringLiteral("09121234567"));
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::keyClick(child(d, "mobile"), Qt::Key_Return);
            offered = MessageBox::takeLastText();
            return d->isVisible() ? QStringLiteral("the dialog stayed open after Yes") : QString();
        });
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(offered.contains(ali.fullName()), qPrintable(offered + QStringLiteral(" | ") + ali.fullName()));
        QCOMPARE(s.memberCount(), qint64(1));
        QVERIFY(page->isShowingMember());
        QCOMPARE(page->memberView()->member().id, ali.id);

        // Search as you type with Persian digits, Enter opens the highlighted member.
        QTest::keyClick(child<QPushButton>(page, "backToSearch"), Qt::Key_Space);
        auto *search = child(page, "memberSearch");
        retype(search, QStringLiteral("۰۹۱۲۱۲۳۴۵۶۷"));
        page->searchNow();
        QCOMPARE(page->searchModel()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(page->isShowingMember());

        // Issue a loyalty card from the member view; its type wants a PIN, typed in
        // Persian digits, first twice different.
        QString issued;
        QString pinMismatch;
        driver = whenModal<Ui::IssueCardDialog>(&problem, [&](Ui::IssueCardDialog *d) -> QString {
            if (!d->selectCardType(loyalty.id))
                return QStringLiteral("the loyalty type is not offered");
            retype(child(d, "pin"), QStringLiteral("۱۳۵۷"));
            retype(child(d, "pinAgain"), QStringLiteral("۱۳۵۸"));
            QTest::keyClick(child(d, "pinAgain"), Qt::Key_Return);
            pinMismatch = d->fieldErrors().message(QStringLiteral("pinAgain"));
            if (d->issuedCard())
                return QStringLiteral("issued with two different PINs");
            retype(child(d, "pinAgain"), QStringLiteral("۱۳۵۷"));
            QTest::keyClick(child(d, "pinAgain"), Qt::Key_Return);
            if (!d->issuedCard())
                return QStringLiteral("not issued: ") + d->fieldErrors().message(QStringLiteral("pin"));
            issued = child<QLabel>(d, "issuedNumber")->text();
            screenshot(d, QStringLiteral("flow-issued"));
            QTest::keyClick(d, Qt::Key_Return); // Close is the default button now
            return d->isVisible() ? QStringLiteral("Close did not close") : QString();
        });
        QTest::keyClick(child<QPushButton>(page, "issueCard"), Qt::Key_Space);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!pinMismatch.isEmpty());
        Ui::CardListModel *cards = page->memberView()->cardsPanel()->model();
        QCOMPARE(cards->rowCount(), 1);
        const Card first = cards->card(0);
        QVERIFY(first.hasPin);
        QVERIFY(first.number.startsWith(QLatin1String("6280")));
        QVERIFY2(issued.contains(Ui::Labels::cardNumber(first.number)), qPrintable(issued));

        // Points come in through the ledger (the desk comes later); the view follows.
        QVERIFY(s.hub->ledger().earnPoints(s.admin, ali.accountId, 1250, {}, QStringLiteral("flow-earn-1")).ok());
        QCOMPARE(child<QLabel>(page, "balancePoints")->text(), Ui::Labels::directed(Ui::Format::number(1250)));
        QCOMPARE(page->memberView()->historyModel()->rowCount(), 1);

        // Replace the card: lost, with a note, confirmed; the new number is shown.
        QString replacedText;
        driver = whenModal<Ui::ReplaceCardDialog>(&problem, [&](Ui::ReplaceCardDialog *d) -> QString {
            d->setReason(BlockReason::Lost);
            retype(child(d, "note"), QStringLiteral("جا مانده در فروشگاه"));
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::keyClick(child(d, "note"), Qt::Key_Return);
            if (!d->newCard())
                return QStringLiteral("not replaced");
            replacedText = child<QLabel>(d, "newNumber")->text();
            d->accept();
            return {};
        });
        auto *bar = page->memberView()->cardsPanel()->findChild<Ui::CardActionBar *>();
        QVERIFY(bar && bar->card() && bar->card()->id == first.id);
        QTest::keyClick(child<QPushButton>(bar, "replaceCard"), Qt::Key_Space);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The member view: the new card active, the old one replaced, the same balance.
        QCOMPARE(cards->rowCount(), 2);
        const Card oldCard = cards->card(cards->rowOf(first.id));
        QCOMPARE(oldCard.status, CardStatus::Replaced);
        const Card newCard = cards->card(1 - cards->rowOf(first.id));
        QCOMPARE(newCard.status, CardStatus::Active);
        QCOMPARE(newCard.sequenceNo, 2);
        QVERIFY(newCard.number != first.number);
        QVERIFY2(replacedText.contains(Ui::Labels::cardNumber(newCard.number)), qPrintable(replacedText));
        QCOMPARE(cards->data(cards->index(cards->rowOf(newCard.id), Ui::CardListModel::StatusColumn)).toString(),
                 Ui::Labels::cardStatus(CardStatus::Active));
        QCOMPARE(cards->data(cards->index(cards->rowOf(first.id), Ui::CardListModel::StatusColumn)).toString(),
                 Ui::Labels::cardStatus(CardStatus::Replaced));
        QCOMPARE(bar->card()->id, newCard.id); // the new card is selected
        QCOMPARE(child<QLabel>(page, "balancePoints")->text(), Ui::Labels::directed(Ui::Format::number(1250)));
        Result<AccountBalance> balance = s.hub->ledger().balance(s.admin, newCard.accountId);
        QVERIFY(balance.ok());
        QCOMPARE(balance->points, Points(1250));

        // The new card's number typed in Persian digits in the search: Enter opens the member.
        QTest::keyClick(child<QPushButton>(page, "backToSearch"), Qt::Key_Space);
        QString persianDigits;
        for (QChar c : newCard.number)
            persianDigits += QChar(char16_t(0x06F0 + c.digitValue()));
        retype(search, persianDigits);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(page->isShowingMember());
        QCOMPARE(page->memberView()->member().id, ali.id);

        window->resize(1180, 760);
        QVERIFY(screenshot(window.get(), QStringLiteral("flow-member-view")));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        const CardType gold = s.loyaltyType(true, true);
        QVERIFY(gold.id != kNoId);
        QVERIFY(s.hub->cards().addStock(s.admin, s.admin.branchId, gold.id, 40, QStringLiteral("delivery 12")).ok());
        const QStringList first{QStringLiteral("علی"), QStringLiteral("سارا"), QStringLiteral("محمد"),
                                QStringLiteral("فاطمه"), QStringLiteral("حسین")};
        const QStringList last{QStringLiteral("رضایی"), QStringLiteral("کریمی"), QStringLiteral("حسینی"),
                               QStringLiteral("موسوی"), QStringLiteral("احمدی")};
        QList<Member> members;
        for (int i = 0; i < first.size(); ++i)
            members << s.member(10 + i, first.at(i), last.at(i));
        const Member ali = members.first();
        QVERIFY(s.hub->members().joinFamily(s.admin, members.at(1).id, ali.id).ok());
        Result<Card> card = s.hub->cards().issue(s.admin, ali.id, gold.id, QStringLiteral("1357"));
        QVERIFY(card.ok());
        QVERIFY(s.hub->ledger().earnPoints(s.admin, ali.accountId, 1250, {}, QStringLiteral("shot-earn")).ok());
        QVERIFY(s.hub->ledger()
                    .spendPoints(s.admin, ali.accountId, 300, QStringLiteral("sale 7"), QStringLiteral("shot-spend"))
                    .ok());
        Result<Card> replaced =
            s.hub->cards().replace(s.admin, card->id, BlockReason::Damaged, QStringLiteral("شکسته"));
        QVERIFY(replaced.ok());

        std::unique_ptr<Ui::MainWindow> window(Ui::MainWindow::create(*s.context));
        window->resize(1180, 760);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *members_ = window->page<Ui::MembersPage>();
        members_->activate();
        QVERIFY(screenshot(window.get(), QStringLiteral("members-search")));
        members_->openMember(ali.id);
        QVERIFY(screenshot(window.get(), QStringLiteral("member-view")));
        auto *tabs = members_->findChild<QTabWidget *>(QStringLiteral("memberTabs"));
        tabs->setCurrentIndex(1);
        QVERIFY(screenshot(window.get(), QStringLiteral("member-family")));
        tabs->setCurrentIndex(2);
        QVERIFY(screenshot(window.get(), QStringLiteral("member-transactions")));

        auto *cardsPage = window->page<Ui::CardsPage>();
        window->showPage(cardsPage);
        QVERIFY(cardsPage->findCard(card->number));
        // A replaced card: nothing more can be done to it.
        for (const char *action : {"replaceCard", "blockCard", "unblockCard", "setPin", "resetPin", "unlockPin"})
            QVERIFY2(!child<QPushButton>(cardsPage, action)->isEnabled(), action);
        QVERIFY(screenshot(window.get(), QStringLiteral("cards-page")));
        auto *typesPage = window->page<Ui::CardTypesPage>();
        window->showPage(typesPage);
        QVERIFY(screenshot(window.get(), QStringLiteral("cardtypes-page")));

        // Dialogs, shown without their event loop.
        auto shoot = [](QDialog *d, const QString &name) {
            d->show();
            QApplication::processEvents();
            const bool saved = screenshot(d, name);
            d->close();
            return saved;
        };
        {
            Ui::MemberDialog d(*s.context, window.get());
            QVERIFY(shoot(&d, QStringLiteral("member-new")));
        }
        {
            Result<Member> full = s.hub->members().member(s.admin, ali.id);
            Ui::MemberDialog d(*s.context, *full, window.get());
            retype(child(&d, "mobile"), QStringLiteral("۰۹۱۲"));
            d.show();
            QVERIFY(!d.save());
            QVERIFY(!d.fieldErrors().message(QStringLiteral("mobile")).isEmpty());
            QVERIFY(shoot(&d, QStringLiteral("member-edit-error")));
        }
        {
            Ui::IssueCardDialog d(*s.context, members.at(2).id, window.get());
            QVERIFY(d.selectCardType(gold.id));
            QVERIFY(shoot(&d, QStringLiteral("issue-card")));
        }
        {
            Ui::ReplaceCardDialog d(*s.context, *replaced, window.get());
            QVERIFY(shoot(&d, QStringLiteral("replace-card")));
        }
        {
            Ui::BlockCardDialog d(*s.context, *replaced, window.get());
            QVERIFY(shoot(&d, QStringLiteral("block-card")));
        }
        {
            Ui::PinDialog d(*s.context, *replaced, Ui::PinDialog::Mode::Change, window.get());
            QVERIFY(shoot(&d, QStringLiteral("pin-change")));
        }
        {
            Ui::AddStockDialog d(*s.context, {gold}, window.get());
            QVERIFY(shoot(&d, QStringLiteral("add-stock")));
        }
        {
            Ui::CardTypeDialog d(*s.context, gold, window.get());
            QVERIFY(shoot(&d, QStringLiteral("cardtype-edit")));
        }
        {
            Ui::MemberPickerDialog d(*s.context, QStringLiteral("?"), window.get());
            d.searchNow();
            QVERIFY(shoot(&d, QStringLiteral("member-picker")));
        }
        Ui::Language::install(QStringLiteral("fa"));
    }

    void staffSeesWhatStaffMayDo()
    {
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        const CardType gold = s.loyaltyType(false);
        const Member ali = s.member(20, QStringLiteral("علی"), QStringLiteral("رضایی"));
        QVERIFY(s.hub->cards().issue(s.admin, ali.id, gold.id).ok());
        const Actor staff = s.db.actorWithRole(Role::Staff);
        QVERIFY(staff.operatorId != kNoId);
        s.context->setActor(staff);

        std::unique_ptr<Ui::MainWindow> window(Ui::MainWindow::create(*s.context));
        QVERIFY(window->page<Ui::MembersPage>());
        QVERIFY(window->page<Ui::CardsPage>());
        QVERIFY(!window->page<Ui::CardTypesPage>()); // managers only
        auto *page = window->page<Ui::MembersPage>();
        window->show();
        page->openMember(ali.id);
        QVERIFY(page->isShowingMember());
        auto visible = [page](const char *name) {
            return !child<QPushButton>(page, name)->isHidden();
        };
        QVERIFY(visible("editMember"));
        QVERIFY(!visible("toggleActive")); // deactivating is for managers
        QVERIFY(visible("issueCard"));
        QVERIFY(visible("replaceCard"));
        QVERIFY(visible("blockCard"));
        QVERIFY(visible("setPin"));
        QVERIFY(!visible("unblockCard"));
        QVERIFY(!visible("resetPin"));
        QVERIFY(!visible("unlockPin"));
        // The active card is selected and may be blocked.
        QVERIFY(child<QPushButton>(page, "blockCard")->isEnabled());
    }

    void memberDialogKeyboard()
    {
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        Ui::MemberDialog d(*s.context);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QCOMPARE(QApplication::focusWidget(), child(&d, "firstName"));
        // Tab walks the form as it reads, first column then second.
        const QStringList expected{QStringLiteral("lastName"),     QStringLiteral("mobile"),
                                   QStringLiteral("nationalCode"), QStringLiteral("email"),
                                   QStringLiteral("gender"),       QStringLiteral("birthDate"),
                                   QStringLiteral("marriageDate"), QStringLiteral("city"),
                                   QStringLiteral("address"),      QStringLiteral("chooseReferrer")};
        QStringList walked;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            // A date edit's focus sits on its inner line edit.
            while (focus && focus->objectName().isEmpty() && focus->parentWidget() != &d)
                focus = focus->parentWidget();
            walked << (focus ? focus->objectName() : QString());
        }
        QCOMPARE(walked, expected);
        // Esc closes without saving.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QCOMPARE(s.memberCount(), qint64(0));
    }

    void cardTypeDialog()
    {
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        Ui::CardTypeDialog d(*s.context);
        d.show();
        // No prefix: refused under the prefix, nothing created.
        retype(child(&d, "name"), QStringLiteral("هدیه"));
        auto *kind = child<QComboBox>(&d, "kind");
        kind->setCurrentIndex(kind->findData(cardKindKey(CardKind::Gift)));
        QVERIFY(!d.save());
        QVERIFY(!d.fieldErrors().message(QStringLiteral("prefix")).isEmpty());
        QCOMPARE(d.focusWidget(), child(&d, "prefix"));
        QCOMPARE(s.hub->cards().cardTypes(s.admin, true)->size(), qsizetype(0));

        retype(child(&d, "prefix"), QStringLiteral("۶۰۳۷"));
        QVERIFY(d.save());
        QVERIFY(d.savedType());
        QCOMPARE(d.savedType()->prefix, QStringLiteral("6037"));
        QCOMPARE(d.savedType()->kind, CardKind::Gift);
        Ui::CardTypesPage page(*s.context);
        QCOMPARE(page.model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestMemberFlow)
#include "tst_memberflow.moc"
