// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The shell driven through its real widgets, offscreen: set-up wizard, login, main window
// per role, operators and settings pages, the date and digit widgets; screenshots of each
// in Persian and Arabic go to $CLUB_TEST_OUTPUT/shell for a human to look at.
#include "ShellTestHelpers.h"
#include "pages/cards/CardsPage.h"
#include "pages/cardtypes/CardTypesPage.h"
#include "pages/members/MembersPage.h"
#include "pages/operators/OperatorDialog.h"
#include "pages/operators/OperatorModel.h"
#include "pages/operators/OperatorsPage.h"
#include "pages/settings/SettingsPage.h"
#include "shell/DemoDataRunner.h"
#include "shell/Language.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/SetupWizard.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/JalaliDateEdit.h"
#include "widgets/MessageBox.h"
#include "widgets/RoleName.h"
#include "TestMain.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Club;
using Club::Core::Database;
using namespace Club::Test;

class TestShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CustomerClubManagerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_shell"));
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Customer Club Manager"));
    }

    void cleanup() { Ui::Language::install(QStringLiteral("fa")); }

    void languageInstall_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("language");
        QTest::newRow("fa") << QStringLiteral("fa") << int(Qt::RightToLeft) << int(QLocale::Persian);
        QTest::newRow("ar") << QStringLiteral("ar") << int(Qt::RightToLeft) << int(QLocale::Arabic);
        QTest::newRow("en") << QStringLiteral("en") << int(Qt::LeftToRight) << int(QLocale::English);
    }
    void languageInstall()
    {
        QFETCH(QString, code);
        QFETCH(int, direction);
        QFETCH(int, language);
        Ui::Language::install(code);
        QCOMPARE(Ui::Language::current(), code);
        QCOMPARE(int(QGuiApplication::layoutDirection()), direction);
        QCOMPARE(int(QLocale().language()), language);
        QVERIFY(QApplication::font().families().contains(QStringLiteral("Vazirmatn")));
    }

    void languageChoice()
    {
        QCOMPARE(Ui::Language::choose(QStringLiteral("AR")), QStringLiteral("ar"));
        Ui::Language::save(QStringLiteral("en"));
        QCOMPARE(Ui::Language::choose(QString()), QStringLiteral("en"));
        QCOMPARE(Ui::Language::choose(QStringLiteral("klingon")), QStringLiteral("en"));
        Ui::Language::save(QStringLiteral("fa"));
        QCOMPARE(Ui::Language::saved(), QStringLiteral("fa"));
    }

    void dateEditPersian()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Ui::DateEdit edit;
        edit.setDate(QDate(2024, 3, 20));
        edit.show();
        QVERIFY(QTest::qWaitForWindowActive(&edit));
        QCOMPARE(edit.text(), QStringLiteral("۱۴۰۳/۰۱/۰۱"));

        // Persian digits typed into the day.
        edit.setSelectedSection(QDateTimeEdit::DaySection);
        type(&edit, QStringLiteral("۱۵"));
        QCOMPARE(edit.date(), QDate(2024, 4, 3));
        // Latin and Arabic-Indic digits are accepted too, and shown in Persian.
        edit.setSelectedSection(QDateTimeEdit::DaySection);
        type(&edit, QStringLiteral("2"));
        type(&edit, QStringLiteral("٠"));
        QCOMPARE(edit.date(), QDate(2024, 4, 8));
        QCOMPARE(edit.text(), QStringLiteral("۱۴۰۳/۰۱/۲۰"));
        edit.setSelectedSection(QDateTimeEdit::YearSection);
        type(&edit, QStringLiteral("1402"));
        QCOMPARE(edit.date(), QDate(2023, 4, 9));

        // The calendar opens from the keyboard, in Jalali, with Friday as the weekend.
        QTest::keyClick(&edit, Qt::Key_F4);
        QCalendarWidget *popup = edit.calendarWidget();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->calendar().name(), QStringLiteral("Jalali"));
        QCOMPARE(popup->firstDayOfWeek(), Qt::Saturday);
        QVERIFY(popup->weekdayTextFormat(Qt::Friday).foreground() !=
                popup->weekdayTextFormat(Qt::Saturday).foreground());
        screenshot(popup->window(), QStringLiteral("date-popup"));
        QTest::keyClick(popup, Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
    }

    void dateEditArabic()
    {
        Ui::Language::install(QStringLiteral("ar"));
        Ui::DateEdit edit;
        edit.setDate(QDate(2024, 3, 20));
        QCOMPARE(edit.text(), QStringLiteral("٢٠٢٤/٠٣/٢٠"));
        edit.show();
        QVERIFY(QTest::qWaitForWindowActive(&edit));
        edit.setSelectedSection(QDateTimeEdit::DaySection);
        type(&edit, QStringLiteral("۲5"));
        QCOMPARE(edit.date(), QDate(2024, 3, 25));
        QCOMPARE(edit.text(), QStringLiteral("٢٠٢٤/٠٣/٢٥"));
    }

    void dateEditOptional()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Ui::DateEdit edit;
        edit.setOptional(true);
        QVERIFY(edit.isEmpty());
        QVERIFY(!edit.date().isValid());

        edit.setDate(QDate(2024, 3, 20));
        QCOMPARE(edit.date(), QDate(2024, 3, 20));
        edit.show();
        QVERIFY(QTest::qWaitForWindowActive(&edit));
        edit.selectAll();
        QTest::keyClick(&edit, Qt::Key_Delete);
        QVERIFY(edit.isEmpty());
        QVERIFY(!edit.date().isValid());

        // The calendar of an empty date opens on this month, without choosing a day.
        QTest::keyClick(&edit, Qt::Key_Down, Qt::AltModifier);
        QCalendarWidget *popup = edit.calendarWidget();
        QTRY_VERIFY(popup->isVisible());
        const QCalendar::YearMonthDay today = QCalendar(QCalendar::System::Jalali).partsFromDate(QDate::currentDate());
        QCOMPARE(popup->yearShown(), today.year);
        QCOMPARE(popup->monthShown(), today.month);
        QTest::keyClick(popup, Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
        QVERIFY(edit.isEmpty());

        // Typing into an empty date starts from today.
        QTest::keyClick(&edit, Qt::Key_Up);
        QVERIFY(!edit.isEmpty());
        QCOMPARE(edit.date(), QDate::currentDate());
        edit.setDate(QDate());
        QVERIFY(edit.isEmpty());
        edit.setOptional(false);
        QVERIFY(edit.date().isValid());
    }

    void digitLineEdit()
    {
        Ui::DigitLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowActive(&edit));
        QCOMPARE(edit.layoutDirection(), Qt::LeftToRight);
        type(&edit, QStringLiteral("۰۹۱۲٣4x"));
        QCOMPARE(edit.text(), QStringLiteral("۰۹۱۲٣4")); // as typed; the letter refused
        QCOMPARE(edit.latinText(), QStringLiteral("091234"));
        edit.clear();
        edit.insert(QStringLiteral("0912 123-4567"));
        QCOMPARE(edit.latinText(), QStringLiteral("09121234567"));
    }

    void messageBoxAnswers()
    {
        Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(Ui::MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("Sure?")), QMessageBox::Yes);
        QCOMPARE(Ui::MessageBox::takeLastText(), QStringLiteral("Sure?"));
        QCOMPARE(Ui::MessageBox::takeLastText(), QString());
    }

    void wizard_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void wizard()
    {
        QFETCH(QString, code);
        Ui::Language::install(code);
        Store s;
        QVERIFY2(s.t.ok(), qPrintable(s.t.error()));
        QCOMPARE(*s.hub.auth().needsSetup(), true);

        Ui::SetupWizard wizard(s.hub);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::WelcomePageId));
        QCOMPARE(wizard.language(), code);
        QVERIFY(wizard.isRightToLeft());
        screenshot(&wizard, QStringLiteral("wizard-1-welcome"));
        clickButton(wizard.button(QWizard::NextButton));

        // The store's name is required before going on.
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::StorePageId));
        clickButton(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::StorePageId));
        QVERIFY(!errorUnder(&wizard, QStringLiteral("storeName")).isEmpty());
        screenshot(&wizard, QStringLiteral("wizard-2-store-error"));
        typeInto(&wizard, "storeName", QStringLiteral("فروشگاه گلستان"));
        QVERIFY(errorUnder(&wizard, QStringLiteral("storeName")).isEmpty()); // cleared on edit
        typeInto(&wizard, "branchCode", QStringLiteral("TEH1"));
        typeInto(&wizard, "branchName", QStringLiteral("شعبه مرکزی"));
        screenshot(&wizard, QStringLiteral("wizard-2-store"));
        clickButton(wizard.button(QWizard::NextButton));

        // Mismatched passwords are refused under the repeated one.
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::AdminPageId));
        typeInto(&wizard, "username", QStringLiteral("x!"));
        typeInto(&wizard, "fullName", QStringLiteral("مریم احمدی"));
        typeInto(&wizard, "password", QStringLiteral("secret-one"));
        typeInto(&wizard, "passwordAgain", QStringLiteral("secret-two"));
        clickButton(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::AdminPageId));
        QVERIFY(!errorUnder(&wizard, QStringLiteral("passwordAgain")).isEmpty());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("passwordAgain"));
        screenshot(&wizard, QStringLiteral("wizard-3-admin-error"));
        typeInto(&wizard, "passwordAgain", QStringLiteral("secret-one"));
        QVERIFY(errorUnder(&wizard, QStringLiteral("passwordAgain")).isEmpty());
        clickButton(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::FinishPageId));
        QVERIFY(!wizard.findChild<QCheckBox *>(QStringLiteral("demoData"))->isChecked());
        screenshot(&wizard, QStringLiteral("wizard-4-finish"));

        // The service refuses the user name: the wizard goes back to it and creates nothing.
        clickButton(wizard.button(QWizard::FinishButton));
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::AdminPageId));
        QVERIFY(!errorUnder(&wizard, QStringLiteral("username")).isEmpty());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("username"));
        QCOMPARE(*s.hub.auth().needsSetup(), true);

        typeInto(&wizard, "username", QStringLiteral("maryam"));
        // The password fields were kept as typed when going back.
        clickButton(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::FinishPageId));
        clickButton(wizard.button(QWizard::FinishButton));
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(*s.hub.auth().needsSetup(), false);
        QCOMPARE(*s.hub.auth().setting(QStringLiteral("store.name")), QStringLiteral("فروشگاه گلستان"));
        QCOMPARE(wizard.actor().username, QStringLiteral("maryam"));
        QCOMPARE(wizard.actor().role, Core::Role::Admin);
        // The first branch has its warehouse, so the sales desk can sell at once.
        const auto warehouses = s.hub.inventory().warehouses(wizard.actor(), wizard.actor().branchId);
        QVERIFY(warehouses.ok());
        QCOMPARE(warehouses->size(), 1);
        QCOMPARE(warehouses->first().branchId, wizard.actor().branchId);
        QVERIFY(!warehouses->first().name.isEmpty());
        QVERIFY(s.hub.auth().login(QStringLiteral("maryam"), QStringLiteral("secret-one")).ok());
    }

    void wizardLanguageChange()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        Ui::SetupWizard wizard(s.hub);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto *language = wizard.findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("ar")));
        QCOMPARE(wizard.result(), Ui::SetupWizard::LanguageChanged);
        QCOMPARE(wizard.language(), QStringLiteral("ar"));
        QCOMPARE(Ui::Language::saved(), QStringLiteral("ar"));
        Ui::Language::save(QStringLiteral("fa"));
        QCOMPARE(*s.hub.auth().needsSetup(), true);
    }

    void login_data() { wizard_data(); }
    void login()
    {
        QFETCH(QString, code);
        Ui::Language::install(code);
        Store s;
        s.t.admin();
        Ui::LoginDialog dialog(s.hub.auth());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.isRightToLeft());
        screenshot(&dialog, QStringLiteral("login"));

        typeInto(&dialog, "username", QStringLiteral("admin"));
        typeInto(&dialog, "password", QStringLiteral("wrong-pass"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!errorUnder(&dialog, QStringLiteral("password")).isEmpty());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
        screenshot(&dialog, QStringLiteral("login-refused"));

        typeInto(&dialog, "password", QStringLiteral("admin-pass"));
        QVERIFY(errorUnder(&dialog, QStringLiteral("password")).isEmpty());
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.actor().username, QStringLiteral("admin"));
        QCOMPARE(dialog.actor().role, Core::Role::Admin);

        // Next time the same operator only types the password.
        Ui::LoginDialog again(s.hub.auth());
        again.show();
        QVERIFY(QTest::qWaitForWindowActive(&again));
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("username"))->text(), QStringLiteral("admin"));
        QCOMPARE(QApplication::focusWidget(), again.findChild<QLineEdit *>(QStringLiteral("password")));
    }

    void mainWindowPages_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("pages");
        // The side bar in the order a shop uses it: the counter's pages first.
        const QStringList all{QStringLiteral("Club::Ui::MembersPage"),   QStringLiteral("Club::Ui::SalesDeskPage"),
                              QStringLiteral("Club::Ui::CardsPage"),     QStringLiteral("Club::Ui::WarrantyPage"),
                              QStringLiteral("Club::Ui::CreditPage"),
                              QStringLiteral("Club::Ui::CatalogPage"),   QStringLiteral("Club::Ui::InventoryPage"),
                              QStringLiteral("Club::Ui::CardTypesPage"), QStringLiteral("Club::Ui::RulesPage"),
                              QStringLiteral("Club::Ui::TiersPage"),     QStringLiteral("Club::Ui::ReportsPage"),
                              QStringLiteral("Club::Ui::TransactionsPage"),
                              QStringLiteral("Club::Ui::MessagingPage"), QStringLiteral("Club::Ui::EngagementPage"),
                              QStringLiteral("Club::Ui::DevicesPage"),
                              QStringLiteral("Club::Ui::OperatorsPage"), QStringLiteral("Club::Ui::NetworkPage"),
                              QStringLiteral("Club::Ui::OrganisationsPage"), QStringLiteral("Club::Ui::SettingsPage")};
        // Each role sees the side bar without the pages it may not use (named, so a new page
        // needs one line here and no renumbering).
        const auto without = [&all](const QStringList &hidden) {
            QStringList shown;
            for (const QString &page : all)
                if (!hidden.contains(page.mid(QStringLiteral("Club::Ui::").size())))
                    shown << page;
            return shown;
        };
        const QStringList counter = without({QStringLiteral("CardTypesPage"), QStringLiteral("TiersPage"),
                                             QStringLiteral("ReportsPage"), QStringLiteral("TransactionsPage"),
                                             QStringLiteral("MessagingPage"),
                                             QStringLiteral("EngagementPage"), QStringLiteral("OperatorsPage"),
                                             QStringLiteral("NetworkPage"), QStringLiteral("OrganisationsPage"),
                                             QStringLiteral("SettingsPage")});
        const QStringList manager = without({QStringLiteral("OperatorsPage"), QStringLiteral("NetworkPage"),
                                             QStringLiteral("SettingsPage")});
        QTest::newRow("fa admin") << QStringLiteral("fa") << int(Core::Role::Admin) << all;
        QTest::newRow("fa staff") << QStringLiteral("fa") << int(Core::Role::Staff) << counter;
        QTest::newRow("fa manager") << QStringLiteral("fa") << int(Core::Role::Manager) << manager;
        QTest::newRow("ar admin") << QStringLiteral("ar") << int(Core::Role::Admin) << all;
        QTest::newRow("ar staff") << QStringLiteral("ar") << int(Core::Role::Staff) << counter;
    }
    void mainWindowPages()
    {
        QFETCH(QString, code);
        QFETCH(int, role);
        QFETCH(QStringList, pages);
        Ui::Language::install(code);
        Store s;
        const Core::Actor admin = s.t.admin();
        QVERIFY(s.hub.auth().setSetting(admin, QStringLiteral("store.name"), QStringLiteral("فروشگاه گلستان")).ok());
        s.context.setActor(Core::Role(role) == Core::Role::Admin ? admin : s.t.actorWithRole(Core::Role(role)));

        std::unique_ptr<Ui::MainWindow> window(Ui::MainWindow::create(s.context));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(window->isRightToLeft());

        QStringList shown;
        for (Ui::Page *page : window->pages())
            shown << QString::fromLatin1(page->metaObject()->className());
        QCOMPARE(shown, pages);
        QCOMPARE(window->currentPage(), window->pages().constFirst());
        QVERIFY(window->windowTitle().contains(QStringLiteral("فروشگاه گلستان")));
        auto *operatorStatus = window->findChild<QLabel *>(QStringLiteral("operatorStatus"));
        QVERIFY(operatorStatus->text().contains(s.context.actor().fullName));

        // Ctrl+N goes to the N-th page; each page is photographed once, for admins and staff.
        const QString who = Core::roleKey(Core::Role(role));
        // Ctrl+1 ... Ctrl+9 for the first nine; the rest from the side bar.
        for (int i = 0; i < window->pages().size(); ++i) {
            if (i < 9)
                QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            else
                window->showPage(i);
            QCOMPARE(window->currentPage(), window->pages().at(i));
            if (Core::Role(role) != Core::Role::Manager)
                screenshot(window.get(), QStringLiteral("main-%1-%2-%3")
                                             .arg(who)
                                             .arg(i + 1)
                                             .arg(QString::fromLatin1(window->currentPage()->metaObject()->className())
                                                      .section(QLatin1String("::"), -1)
                                                      .toLower()));
        }

        // F3 goes back to the member search from anywhere.
        QTest::keyClick(window.get(), Qt::Key_F3);
        QVERIFY(qobject_cast<Ui::MembersPage *>(window->currentPage()));

        QSignalSpy logout(window.get(), &Ui::MainWindow::logoutRequested);
        window->findChild<QAction *>(QStringLiteral("logoutAction"))->trigger();
        QCOMPARE(logout.count(), 1);
    }

    void openMemberRequest()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        s.context.setActor(s.t.admin());
        std::unique_ptr<Ui::MainWindow> window(Ui::MainWindow::create(s.context));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier); // the sales desk
        QCOMPARE(window->currentPage(), window->pages().at(1));
        Q_EMIT s.context.openMemberRequested(1234567); // no such member: the page says so itself
        QVERIFY(qobject_cast<Ui::MembersPage *>(window->currentPage()));
    }

    void demoData()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        const Core::Actor admin = s.t.admin();
        Core::DemoDataGenerator::Options options;
        options.members = 4;
        options.monthsOfHistory = 1;
        const Ui::DemoDataRunner::Outcome outcome =
            Ui::DemoDataRunner::run(nullptr, s.t.db(), Core::Clock::system(), admin, options);
        QVERIFY2(outcome.status.ok(), qPrintable(outcome.status ? QString() : outcome.status.error().detail));
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.done, 4);
        const auto found = s.hub.members().search(admin, QString(), 50);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 4);
    }

    void demoDataStop()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        const Core::Actor admin = s.t.admin();
        Core::DemoDataGenerator::Options options;
        options.members = 400;
        // Press Stop on the progress dialog as soon as it is up.
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *progress = qobject_cast<QProgressDialog *>(w); progress && progress->isVisible()) {
                    screenshot(progress, QStringLiteral("demo-progress"));
                    if (auto *stop = progress->findChild<QPushButton *>())
                        QTest::mouseClick(stop, Qt::LeftButton);
                }
            }
        });
        const Ui::DemoDataRunner::Outcome outcome =
            Ui::DemoDataRunner::run(nullptr, s.t.db(), Core::Clock::system(), admin, options);
        QVERIFY(outcome.status.ok());
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.done < options.members);
        const auto found = s.hub.members().search(admin, QString(), 500);
        QVERIFY(found.ok());
        QVERIFY(found->size() < options.members);
    }

    void operators_data() { wizard_data(); }
    void operators()
    {
        QFETCH(QString, code);
        Ui::Language::install(code);
        Store s;
        s.context.setActor(s.t.admin());
        Ui::OperatorsPage page(s.context);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.activate();
        QCOMPARE(page.model()->rowCount(), 1);

        Ui::OperatorDialog dialog(s.context, std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        screenshot(&dialog, QStringLiteral("operator-add"));
        typeInto(&dialog, "username", QStringLiteral("reza"));
        typeInto(&dialog, "fullName", QStringLiteral("رضا کریمی"));
        typeInto(&dialog, "password", QStringLiteral("counter-1"));
        typeInto(&dialog, "passwordAgain", QStringLiteral("counter-2"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("passwordAgain")), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!errorUnder(&dialog, QStringLiteral("passwordAgain")).isEmpty());
        screenshot(&dialog, QStringLiteral("operator-add-error"));
        typeInto(&dialog, "passwordAgain", QStringLiteral("counter-1"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("passwordAgain")), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedOperator().role, Core::Role::Staff);

        // The page follows the service's signal.
        QTRY_COMPARE(page.model()->rowCount(), 2);
        const int row = page.model()->rowOf(dialog.savedOperator().id);
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->index(row, Ui::OperatorModel::FullName).data().toString(), QStringLiteral("رضا کریمی"));
        screenshot(&page, QStringLiteral("operators"));

        Core::Operator changed = dialog.savedOperator();
        Ui::OperatorDialog edit(s.context, changed);
        edit.show();
        QVERIFY(QTest::qWaitForWindowActive(&edit));
        auto *roleBox = edit.findChild<QComboBox *>(QStringLiteral("role"));
        roleBox->setCurrentIndex(roleBox->findData(int(Core::Role::Manager)));
        screenshot(&edit, QStringLiteral("operator-edit"));
        edit.accept();
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        QTRY_COMPARE(page.model()->index(page.model()->rowOf(changed.id), Ui::OperatorModel::Role).data().toString(),
                     Ui::roleName(Core::Role::Manager));
    }

    void settings_data() { wizard_data(); }
    void settings()
    {
        QFETCH(QString, code);
        Ui::Language::install(code);
        Store s;
        s.context.setActor(s.t.admin());
        Ui::SettingsPage::setDataLocation(s.t.sqlitePath());
        Ui::SettingsPage page(s.context);
        page.resize(900, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.activate();
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("dataLocation"))->text(),
                 QDir::toNativeSeparators(s.t.sqlitePath()));

        typeInto(&page, "storeName", QStringLiteral("فروشگاه نو"));
        clickButton(page.findChild<QPushButton *>(QStringLiteral("saveStoreName")));
        QCOMPARE(*s.hub.auth().setting(QStringLiteral("store.name")), QStringLiteral("فروشگاه نو"));

        auto *result = page.findChild<QLabel *>(QStringLiteral("verifyResult"));
        const QString before = result->text();
        clickButton(page.findChild<QPushButton *>(QStringLiteral("verifyLedger")));
        QVERIFY(result->text() != before);
        QVERIFY(page.findChild<QPlainTextEdit *>(QStringLiteral("ledgerProblems"))->isHidden());

        // Another language is kept for the next start, and the page says so.
        auto *language = page.findChild<QComboBox *>(QStringLiteral("language"));
        auto *note = page.findChild<QLabel *>(QStringLiteral("languageNote"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QCOMPARE(Ui::Language::saved(), QStringLiteral("en"));
        QVERIFY(!note->isHidden());
        screenshot(&page, QStringLiteral("settings"));
        language->setCurrentIndex(language->findData(code));
        QCOMPARE(Ui::Language::saved(), code);
        QVERIFY(note->isHidden());
        Ui::Language::save(QStringLiteral("fa"));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
