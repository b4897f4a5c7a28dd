// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Engagement page on real widgets, offscreen, in Persian and Arabic: a lottery made
// through its dialog over the members' sales, its entries frozen (the seed shown), drawn,
// verified and its entries exported; a survey made through its dialog, answered for a
// member from the member page with the keyboard, refused the second time with the
// service's message, answers imported from CSV, and the results with their chart.
// Screenshots go to $CLUB_TEST_OUTPUT/pages.
#include "MemberFlowSupport.h"
#include "catalog/CatalogService.h"
#include "engagement/LotteryService.h"
#include "engagement/SurveyService.h"
#include "inventory/InventoryService.h"
#include "pages/engagement/EngagementDialogs.h"
#include "pages/engagement/EngagementPage.h"
#include "pages/engagement/LotteriesPanel.h"
#include "pages/engagement/SurveysPanel.h"
#include "pages/members/MemberView.h"
#include "rules/RuleService.h"
#include "sales/SalesService.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/MessageBox.h"
#include "Format.h"
#include "TestMain.h"

#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace MemberFlow;
using Ui::MessageBox;

namespace {
QString trLotteries(const char *text)
{
    return QCoreApplication::translate("Club::Ui::LotteriesPanel", text);
}

struct Shop : Store
{
    Id product = kNoId;
    QList<Member> members;
    QString problem;

    Shop()
    {
        const Result<Warehouse> w = hub->inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Main"));
        Product d;
        d.code = QStringLiteral("P1");
        d.nameEn = QStringLiteral("Rug");
        d.nameFa = QStringLiteral("فرش");
        d.nameAr = QStringLiteral("سجادة");
        const Result<Product> made = hub->catalog().createProduct(admin, d);
        if (!w || !made) {
            problem = QStringLiteral("catalog");
            return;
        }
        if (const Status priced = hub->catalog().setPrice(admin, made->id, kNoId, 100'000, QDateTime::currentDateTimeUtc());
            !priced) {
            problem = priced.error().message + QStringLiteral(" / ") + priced.error().detail;
            return;
        }
        product = made->id;
        StockMovement m;
        m.productId = product;
        m.warehouseId = w->id;
        m.kind = MovementKind::Receipt;
        m.qty = 100;
        Rule earn;
        earn.name = QStringLiteral("Base earn");
        earn.points = 1;
        earn.perAmount = 1000;
        if (!hub->inventory().record(admin, m) || !hub->rules().create(admin, earn)) {
            problem = QStringLiteral("stock or rule");
            return;
        }
        const QStringList first{QStringLiteral("مریم"), QStringLiteral("علی"), QStringLiteral("زهرا")};
        for (int n = 0; n < first.size(); ++n) {
            members << member(n + 1, first.at(n), QStringLiteral("کاظمی"));
            QuoteRequest r;
            r.memberId = members.last().id;
            r.lines = {{product, n + 1, 0}};
            const Result<Sale> sale = hub->sales().commit(admin, r, QStringLiteral("sale-%1").arg(n));
            if (!sale) {
                problem = sale.error().message;
                return;
            }
        }
    }
};
} // namespace

class TestEngagementPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Ui::Language::install(QStringLiteral("fa")); }

    void lotteryAndSurvey_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void lotteryAndSurvey()
    {
        QFETCH(QString, code);
        Ui::Language::install(code);
        Shop s;
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));

        Ui::EngagementPage page(*s.context);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.isRightToLeft());
        page.activate();
        Ui::LotteriesPanel *lotteries = page.lotteries();

        // A lottery through its dialog: one ticket per 100 points, two winners, 300 points each.
        QString problem;
        {
            auto guard = whenModal<Ui::LotteryDialog>(&problem, [](Ui::LotteryDialog *d) -> QString {
                type(d->nameEdit(), QStringLiteral("قرعه‌کشی بهار"));
                retype(d->pointsPerTicketEdit(), QStringLiteral("۱۰۰"));
                retypeSpin(d->winnersSpin(), QLocale().toString(2));
                retype(d->prizePointsEdit(), QStringLiteral("300"));
                if (!screenshot(d, QStringLiteral("engagement-new-lottery")))
                    return QStringLiteral("screenshot");
                d->accept();
                return d->saved() ? QString() : QStringLiteral("not saved");
            });
            QTest::mouseClick(lotteries->newButton(), Qt::LeftButton);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(lotteries->list()->rowCount(), 1);
        QVERIFY(lotteries->currentId() != 0);
        // Before freezing, the entries the period's sales would give (100, 200 and 300 points).
        QCOMPARE(lotteries->entriesTable()->rowCount(), 3);
        QVERIFY(lotteries->seedEdit()->text().isEmpty());
        QVERIFY(!lotteries->drawButton()->isEnabled());

        // Freeze (confirmed), then a later sale changes nothing.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(lotteries->freezeButton(), Qt::LeftButton);
        QVERIFY(lotteries->seedEdit()->text().isEmpty());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(lotteries->freezeButton(), Qt::LeftButton);
        QCOMPARE(lotteries->seedEdit()->text().size(), 64);
        QVERIFY(lotteries->seedEdit()->isReadOnly());
        QVERIFY(lotteries->drawButton()->isEnabled());
        QuoteRequest r;
        r.memberId = s.members.at(0).id;
        r.lines = {{s.product, 5, 0}};
        QVERIFY(s.hub->sales().commit(s.admin, r, QStringLiteral("late-sale")).ok());
        lotteries->reload();
        QCOMPARE(lotteries->entriesTable()->rowCount(), 3);
        QCOMPARE(lotteries->entriesTable()->item(0, 4)->text(), Ui::Format::number(1));
        QVERIFY(screenshot(&page, QStringLiteral("engagement-lottery-frozen")));

        // Draw (confirmed): two winners; a second draw is not offered.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(lotteries->drawButton(), Qt::LeftButton);
        QCOMPARE(lotteries->winnersTable()->rowCount(), 2);
        QVERIFY(!lotteries->drawButton()->isEnabled());
        QVERIFY(!lotteries->freezeButton()->isEnabled());

        // Verify draw: the same winners from the frozen entries and the seed.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(lotteries->verifyButton(), Qt::LeftButton);
        QCOMPARE(MessageBox::takeLastText(),
                 trLotteries("The draw is verified: drawn again from the frozen entries and the seed, it gives "
                             "the same winners in the same order."));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("entries.csv"));
        QVERIFY(lotteries->saveEntries(csv));
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll().count('\n'), 4); // header and three entries
        QVERIFY(screenshot(&page, QStringLiteral("engagement-lottery-drawn")));

        // A survey through its dialog: two rating questions and a free-text one, 10 points.
        page.tabs()->setCurrentWidget(page.surveys());
        Ui::SurveysPanel *surveys = page.surveys();
        {
            auto guard = whenModal<Ui::SurveyDialog>(&problem, [](Ui::SurveyDialog *d) -> QString {
                type(d->nameEdit(), QStringLiteral("رضایت مشتری"));
                retype(d->pointsEdit(), QStringLiteral("10"));
                QTableWidget *q = d->questionsTable();
                if (q->rowCount() != 1)
                    return QStringLiteral("one empty question to start with");
                q->item(0, 1)->setText(QStringLiteral("برخورد فروشنده"));
                d->addQuestion(Core::QuestionKind::Rating, QStringLiteral("نظافت فروشگاه"));
                d->addQuestion(Core::QuestionKind::Text, QStringLiteral("پیشنهاد شما"));
                if (!screenshot(d, QStringLiteral("engagement-new-survey")))
                    return QStringLiteral("screenshot");
                d->accept();
                return d->saved() ? QString() : QStringLiteral("not saved");
            });
            QTest::mouseClick(surveys->newButton(), Qt::LeftButton);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(surveys->list()->rowCount(), 1);
        const Id surveyId = surveys->currentId();
        QVERIFY(surveyId != 0);

        // Answered from the member page with the keyboard: 4, Tab, 5, Tab, text, Enter.
        Ui::MemberView view(*s.context);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.showMember(s.members.at(1).id));
        auto *answerButton = view.findChild<QPushButton *>(QStringLiteral("answerSurvey"));
        QVERIFY(answerButton && answerButton->isVisible());
        {
            auto guard = whenModal<Ui::SurveyAnswerDialog>(&problem, [](Ui::SurveyAnswerDialog *d) -> QString {
                if (d->inputs().size() != 3)
                    return QStringLiteral("three questions");
                QWidget *first = d->inputs().at(0);
                first->setFocus(Qt::TabFocusReason);
                QApplication::processEvents(); // the dialog selects a rating box's text when it gets the focus
                type(QApplication::focusWidget(), QLocale().toString(4));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QApplication::processEvents();
                type(QApplication::focusWidget(), QLocale().toString(5));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                type(QApplication::focusWidget(), QStringLiteral("عالی بود"));
                if (!screenshot(d, QStringLiteral("engagement-answer-survey")))
                    return QStringLiteral("screenshot");
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                return d->recorded() ? QString() : QStringLiteral("not recorded: ") + d->errorLabel()->text();
            });
            QTest::mouseClick(answerButton, Qt::LeftButton);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Result<SurveySummary> sum = s.hub->surveys().summary(s.admin, surveyId);
        QVERIFY(sum.ok());
        QCOMPARE(sum->responses, 1);
        QCOMPARE(sum->questions.at(0).ratingSum, 4);
        QCOMPARE(sum->questions.at(1).ratingSum, 5);
        QCOMPARE(sum->questions.at(2).texts, QStringList{QStringLiteral("عالی بود")});

        // A second answer: the dialog shows the service's message and records nothing.
        {
            Ui::SurveyAnswerDialog open(*s.context, s.members.at(2).id);
            QVERIFY(open.hasSurveys());
            qobject_cast<QSpinBox *>(open.inputs().at(0))->setValue(3);
            qobject_cast<QSpinBox *>(open.inputs().at(1))->setValue(3);
            QList<SurveyAnswer> answers;
            for (const SurveyQuestion &q : sum->survey.questions)
                answers.append({q.id, q.kind == QuestionKind::Rating ? 2 : 0, {}});
            QVERIFY(s.hub->surveys().answer(s.admin, surveyId, s.members.at(2).id, answers).ok()); // another desk
            open.accept();
            QVERIFY(!open.recorded());
            QVERIFY(open.errorLabel()->isVisibleTo(&open));
            QVERIFY(open.errorLabel()->text().contains(s.members.at(2).fullName()));
        }
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!Ui::SurveyAnswerDialog::answer(*s.context, s.members.at(1).id, &view)); // nothing left to answer

        // Answers imported from CSV: one row recorded, one refused (already answered).
        const QString answersCsv = dir.filePath(QStringLiteral("answers.csv"));
        QFile out(answersCsv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("mobile,q1,q2,q3\n09120000001,5,4,خوب\n09120000002,1,1,\n").toUtf8());
        out.close();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(surveys->importFile(answersCsv));
        QVERIFY(!MessageBox::takeLastText().isEmpty());
        QVERIFY(surveys->summary());
        QCOMPARE(surveys->summary()->responses, 3);
        QCOMPARE(surveys->averages()->rowCount(), 2);
        QCOMPARE(surveys->texts()->topLevelItemCount(), 1);
        QCOMPARE(surveys->texts()->topLevelItem(0)->childCount(), 2);
        QVERIFY(surveys->chart()->chart() && !surveys->chart()->chart()->series().isEmpty());
        QVERIFY(screenshot(&page, QStringLiteral("engagement-survey-results")));
    }
};

QTEST_MAIN(TestEngagementPage)
#include "tst_engagementpage.moc"
