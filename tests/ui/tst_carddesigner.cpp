// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The card designer through its real widgets, in Persian and Arabic: open it from the Card
// types page, bind and move an element, save, find the change again after
// reopening, and print a real member's card to PDF the way the "Print to PDF" button does.
#include "MemberFlowSupport.h"
#include "pages/cardtypes/CardTypesPage.h"
#include "pages/designer/CardDesignerDialog.h"
#include "printing/CardLayout.h"
#include "templates/CardTemplateService.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Club;
using namespace Club::Core;
using namespace MemberFlow;
using Club::Devices::CardLayout;
using Club::Ui::CardDesignerDialog;

namespace {
QString pdfText(const QString &path, bool *ok)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    *ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Opens the designer from the page's button and runs `drive` on it while it is modal.
QString runDesigner(QWidget *page, std::function<QString(CardDesignerDialog *)> drive)
{
    auto *button = child<QPushButton>(page, "designCard");
    if (!button || !button->isEnabled())
        return QStringLiteral("no enabled Design Card button");
    QString problem;
    // A failed drive leaves the design modified: answer the "save changes?" question
    // so the dialog closes and the test fails instead of hanging.
    auto guard = whenModal<CardDesignerDialog>(&problem, [drive](CardDesignerDialog *d) {
        const QString found = drive(d);
        if (d->isModified())
            Ui::MessageBox::setNextAnswer(QMessageBox::Discard);
        return found;
    });
    QTest::mouseClick(button, Qt::LeftButton);
    return problem;
}
} // namespace

class TestCardDesigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_carddesigner"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed to read the printed card back");
    }

    void designSaveReopenPrint_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void designSaveReopenPrint()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        const CardType gold = s.loyaltyType(false);
        QVERIFY(gold.id != kNoId);
        const Member sara = s.member(1, QStringLiteral("Sara"), QStringLiteral("Ahmadi"));
        QVERIFY(sara.id != kNoId);
        const Result<Card> card = s.hub->cards().issue(s.admin, sara.id, gold.id);
        QVERIFY(card.ok());

        Ui::CardTypesPage page(*s.context);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();

        // A front text element shows the store's name in the standard design: make it the
        // member's name and move it 1.5 mm to the right with the keyboard, then save.
        qreal movedX = -1;
        int storeRow = -1;
        QString problem = runDesigner(&page, [&](CardDesignerDialog *d) -> QString {
            d->resize(1100, 720);
            auto *elements = child<QListWidget>(d, "elements");
            auto *binding = child<QComboBox>(d, "binding");
            auto *x = child<QDoubleSpinBox>(d, "x");
            if (!elements || !binding || !x)
                return QStringLiteral("designer widgets missing");
            elements->setFocus();
            for (int row = 0; row < elements->count() && storeRow < 0; ++row) {
                elements->setCurrentRow(row);
                if (binding->isVisibleTo(d) && binding->currentData().toString() == QLatin1String("club.name"))
                    storeRow = row;
            }
            if (storeRow < 0)
                return QStringLiteral("no element shows the store name");
            binding->setFocus();
            binding->setCurrentIndex(binding->findData(QStringLiteral("member.name")));
            x->setFocus();
            const qreal before = x->value();
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(x, Qt::Key_Up);
            movedX = x->value();
            if (!qFuzzyCompare(movedX, before + 1.5))
                return QStringLiteral("x went from %1 to %2").arg(before).arg(movedX);
            if (!d->isModified())
                return QStringLiteral("the change did not mark the design modified");
            // Offscreen, a modal dialog opened from a click does not become active by itself.
            QApplication::setActiveWindow(d);
            if (QApplication::activeWindow() != d)
                return QStringLiteral("the designer never became the active window");
            elements->setFocus();
            QTest::keySequence(elements, QKeySequence(QKeySequence::Save));
            // A button's shortcut clicks it the way a mouse does, after a short animation.
            if (!QTest::qWaitFor([d] { return !d->isModified(); }, 2000))
                return QStringLiteral("Ctrl+S did not save");
            QApplication::processEvents();
            const QString file = QDir(outputDir()).filePath(QStringLiteral("designer-%1.png").arg(language));
            if (!d->grab().save(file))
                return QStringLiteral("screenshot not saved");
            return {};
        });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Through the service: the saved design has the change.
        Result<std::optional<CardTemplate>> saved = s.hub->templates().templateFor(s.admin, gold.id);
        QVERIFY(saved.ok() && saved->has_value());
        std::optional<CardLayout> layout = CardLayout::fromJson((*saved)->json);
        QVERIFY(layout.has_value());
        QVERIFY(storeRow >= 0 && storeRow < layout->front.elements.size());
        QCOMPARE(layout->front.elements.at(storeRow).content, QStringLiteral("{member.name}"));
        QCOMPARE(layout->front.elements.at(storeRow).rectMm.x(), movedX);

        // Reopened, the designer shows the saved design; then print Sara's card to a PDF.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
        problem = runDesigner(&page, [&](CardDesignerDialog *d) -> QString {
            auto *elements = child<QListWidget>(d, "elements");
            auto *binding = child<QComboBox>(d, "binding");
            auto *x = child<QDoubleSpinBox>(d, "x");
            auto *sample = child<QLineEdit>(d, "sampleCard");
            auto *show = child<QPushButton>(d, "showCard");
            auto *status = child<QLabel>(d, "sampleStatus");
            auto *print = child<QPushButton>(d, "printToPdf");
            if (!elements || !binding || !x || !sample || !show || !status || !print)
                return QStringLiteral("designer widgets missing");
            elements->setCurrentRow(storeRow);
            if (binding->currentData().toString() != QLatin1String("member.name"))
                return QStringLiteral("reopened: first element shows %1").arg(binding->currentData().toString());
            if (!qFuzzyCompare(x->value(), movedX))
                return QStringLiteral("reopened: x is %1").arg(x->value());
            retype(sample, card->number);
            QTest::mouseClick(show, Qt::LeftButton);
            if (!status->text().contains(QStringLiteral("Sara Ahmadi")))
                return QStringLiteral("sample card not shown: %1").arg(status->text());
            d->setNextPdfPath(pdf);
            QTest::mouseClick(print, Qt::LeftButton);
            if (d->isModified())
                return QStringLiteral("showing a card changed the design");
            // Delete in the list removes the selected element; closing then discards it.
            const int before = elements->count();
            QApplication::setActiveWindow(d);
            elements->setCurrentRow(storeRow);
            elements->setFocus();
            QTest::keyClick(elements, Qt::Key_Delete);
            if (elements->count() != before - 1 || !d->isModified())
                return QStringLiteral("Delete did not remove the element");
            return {};
        });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The deleted element was discarded on closing: the saved design is unchanged.
        Result<std::optional<CardTemplate>> after = s.hub->templates().templateFor(s.admin, gold.id);
        QVERIFY(after.ok() && after->has_value());
        QCOMPARE((*after)->json, (*saved)->json);

        QVERIFY(QFile::exists(pdf));
        bool ok = false;
        const QString text = pdfText(pdf, &ok);
        QVERIFY(ok);
        QVERIFY2(text.contains(QStringLiteral("Sara Ahmadi")), qPrintable(text));
        QVERIFY2(text.contains(card->number), qPrintable(text));
    }
};

QTEST_MAIN(TestCardDesigner)
#include "tst_carddesigner.moc"
