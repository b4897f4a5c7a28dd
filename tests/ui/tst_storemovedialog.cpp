// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Backups → Move to Central Server…, driven like an administrator: the central
// database's address typed in, Check, Move with its confirmation, the comparison in plain
// words, and the store's members in the central PostgreSQL database afterwards (fa, ar).
#include "MemberFlowSupport.h"
#include "pages/settings/BackupSection.h"
#include "pages/settings/SettingsPage.h"
#include "pages/settings/StoreMoveDialog.h"
#include "storage/SqlQuery.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace MemberFlow;

class TestStoreMoveDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkThenMove_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void checkThenMove()
    {
        QFETCH(QString, language);
        if (TestDatabase::postgresServer().host.isEmpty())
            QSKIP("the PostgreSQL fixture is not running (run through ctest)");
        Ui::Language::install(language);
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        QVERIFY(s.member(1, QStringLiteral("مریم"), QStringLiteral("احمدی")).id != kNoId);
        QVERIFY(s.member(2, QStringLiteral("علی"), QStringLiteral("رضایی")).id != kNoId);
        TestDatabase central(Database::Engine::PostgreSQL, false);
        QVERIFY2(central.ok(), qPrintable(central.error()));
        const Database::Config pg = central.db().config();

        // The way in: Settings → Backups.
        Ui::SettingsPage page(*s.context);
        page.activate();
        QPushButton *open = child<QPushButton>(page.backups(), "moveToServer");
        QVERIFY(open);
        QVERIFY(open->isEnabled());

        Ui::StoreMoveDialog dialog(*s.context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
        auto *move = child<QPushButton>(&dialog, "moveStart");
        auto *report = child<QPlainTextEdit>(&dialog, "moveReport");
        QVERIFY(move && report);

        // Check without a database name says what is missing.
        retype(child(&dialog, "moveHost"), pg.host);
        QTest::keyClick(child<QPushButton>(&dialog, "moveCheck"), Qt::Key_Space);
        QVERIFY(!move->isEnabled());
        QVERIFY(!report->toPlainText().isEmpty());

        retype(child(&dialog, "moveDatabase"), pg.name);
        retype(child(&dialog, "moveUser"), pg.user);
        retype(child(&dialog, "movePassword"), pg.password);
        retypeSpin(child<QSpinBox>(&dialog, "movePort"), QString::number(pg.port));
        QSignalSpy checked(&dialog, &Ui::StoreMoveDialog::checked);
        QTest::keyClick(child<QPushButton>(&dialog, "moveCheck"), Qt::Key_Space);
        QVERIFY(checked.wait(60000));
        QVERIFY2(checked.first().first().toBool(), qPrintable(report->toPlainText()));
        QVERIFY(move->isEnabled());
        QVERIFY(screenshot(&dialog, QStringLiteral("store-move-checked")));
        // The check wrote nothing.
        QCOMPARE(count(central, QStringLiteral("information_schema.tables WHERE table_name = 'members'")), 0);

        // Editing the address asks for a new check.
        type(child(&dialog, "moveHost"), QStringLiteral("x"));
        QVERIFY(!move->isEnabled());
        retype(child(&dialog, "moveHost"), pg.host);
        QTest::keyClick(child<QPushButton>(&dialog, "moveCheck"), Qt::Key_Space);
        QVERIFY(checked.wait(60000));
        QVERIFY(move->isEnabled());

        QSignalSpy moved(&dialog, &Ui::StoreMoveDialog::moved);
        Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(move, Qt::Key_Space);
        QVERIFY(Ui::MessageBox::takeLastText().contains(pg.name));
        QVERIFY(moved.wait(120000));
        QVERIFY2(moved.first().first().toBool(), qPrintable(report->toPlainText()));
        QVERIFY(child<QLabel>(&dialog, "moveNext")->isVisible());
        QVERIFY(screenshot(&dialog, QStringLiteral("store-move-done")));
        QCOMPARE(count(central, QStringLiteral("members")), 2);
        QVERIFY(!move->isEnabled()); // the database is no longer empty
        // Next: where this desk is connected, with the keyboard.
        auto *connectDesk = child<QPushButton>(&dialog, "moveConnect");
        QVERIFY(connectDesk && connectDesk->isVisible());
        QCOMPARE(dialog.focusWidget(), connectDesk);
        QTest::keyClick(connectDesk, Qt::Key_Space);
        QVERIFY(dialog.connectRequested());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

private:
    static qint64 count(TestDatabase &db, const QString &from)
    {
        SqlQuery q(db.db(), QStringLiteral("SELECT COUNT(*) FROM ") + from);
        const Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }
};

QTEST_MAIN(TestStoreMoveDialog)
#include "tst_storemovedialog.moc"
