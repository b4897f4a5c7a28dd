// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The built clubmanager run with --backup, --restore and --check, as cron would.
#include "LoyaltyFixture.h"
#include "TestMain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Club::Core;
using Club::Test::LoyaltyFixture;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
const QString kPass = QStringLiteral("cron passphrase");

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}
} // namespace

class TestMaintenanceCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // `stdinText` empty: standard input is closed at once.
    Outcome run(const QStringList &args, const QString &envPass, const QByteArray &stdinText = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CLUB_BACKUP_PASSPHRASE"));
        if (!envPass.isNull())
            env.insert(QStringLiteral("CLUB_BACKUP_PASSPHRASE"), envPass);
        // Settings and logs of these runs stay in a throwaway home.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program must need no screen by itself
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CLUB_APP_BINARY), QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args);
        if (!p.waitForStarted(10000))
            return {};
        if (!stdinText.isEmpty())
            p.write(stdinText);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished(5000);
            return {};
        }
        Outcome o;
        o.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        o.out = QString::fromUtf8(p.readAllStandardOutput());
        o.err = QString::fromUtf8(p.readAllStandardError());
        return o;
    }

private Q_SLOTS:
    void backupCheckAndRestoreFromTheCommandLine()
    {
        LoyaltyFixture f{Database::Engine::SQLite, kStart};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        for (int i = 0; i < 3; ++i)
            LOYALTY_VERIFY_OK(f.sell(f.member, 1));
        const QString store = f.t.sqlitePath();
        const QStringList data{QStringLiteral("--data"), store};
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("club.clubbackup"));

        Outcome o = run(data + QStringList{QStringLiteral("--check")}, {});
        QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
        QVERIFY2(o.out.contains(QStringLiteral("Everything is in order.")), qPrintable(o.out));

        o = run(data + QStringList{QStringLiteral("--backup"), file}, kPass);
        QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
        QVERIFY2(o.out.contains(QStringLiteral("1 members, 0 cards")) && o.out.contains(QStringLiteral("3 sales")),
                 qPrintable(o.out));
        QVERIFY(QFile::exists(file));
        // The passphrase on standard input does as well.
        const QString second = out.filePath(QStringLiteral("second.clubbackup"));
        o = run(data + QStringList{QStringLiteral("--backup"), second}, QString(), kPass.toUtf8() + "\n");
        QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
        // No passphrase at all, or two commands at once: wrong use.
        o = run(data + QStringList{QStringLiteral("--backup"), out.filePath(QStringLiteral("x"))}, QString());
        QCOMPARE(o.code, 1);
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("x"))));
        QCOMPARE(run(data + QStringList{QStringLiteral("--check"), QStringLiteral("--backup"), file}, kPass).code, 1);

        // After the backup: a sale and a planted inconsistency.
        LOYALTY_VERIFY_OK(f.sell(f.member, 1));
        QVERIFY(SqlQuery::execDirect(f.t.db().connection(),
                                     QStringLiteral("UPDATE stock_levels SET quantity = quantity + 5")));
        const Database::Config config = f.t.db().config();
        f.t.db().close();
        o = run(data + QStringList{QStringLiteral("--check")}, {});
        QCOMPARE(o.code, 10);
        QVERIFY2(o.out.contains(QStringLiteral("but its movements add up to")), qPrintable(o.out));

        // Refusals leave the store as it was.
        const QByteArray before = fileHash(store);
        o = run(data + QStringList{QStringLiteral("--restore"), file}, QStringLiteral("wrong"));
        QCOMPARE(o.code, 7);
        QVERIFY2(o.err.contains(QStringLiteral("The passphrase is wrong")), qPrintable(o.err));
        QCOMPARE(fileHash(store), before);
        {
            QLockFile lock(store + QStringLiteral(".lock"));
            QVERIFY(lock.tryLock(0));
            QCOMPARE(run(data + QStringList{QStringLiteral("--restore"), file}, kPass).code, 3);
        }
        QCOMPARE(fileHash(store), before);

        o = run(data + QStringList{QStringLiteral("--restore"), file}, kPass);
        QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
        QVERIFY2(o.out.contains(QStringLiteral("The previous data was kept as")), qPrintable(o.out));
        o = run(data + QStringList{QStringLiteral("--check")}, {});
        QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
        LOYALTY_VERIFY_OK(f.t.db().open(config));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM sales")), qint64(3));
    }

    void newerBackupIsRefused()
    {
        TestDatabase newer{Database::Engine::SQLite};
        QVERIFY(newer.ok());
        QVERIFY(newer.admin().operatorId != kNoId);
        QVERIFY(SqlQuery::execDirect(newer.db().connection(),
                                     QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                                    "VALUES (9999, 'future', '2030-01-01T00:00:00Z')")));
        newer.db().close();
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("newer.clubbackup"));
        Outcome o = run({QStringLiteral("--data"), newer.sqlitePath(), QStringLiteral("--backup"), file}, kPass);
        QVERIFY2(o.code == 0, qPrintable(o.out + o.err));

        TestDatabase mine{Database::Engine::SQLite};
        QVERIFY(mine.ok());
        QVERIFY(mine.admin().operatorId != kNoId);
        mine.db().close();
        const QByteArray before = fileHash(mine.sqlitePath());
        o = run({QStringLiteral("--data"), mine.sqlitePath(), QStringLiteral("--restore"), file}, kPass);
        QCOMPARE(o.code, 8);
        QVERIFY2(o.err.contains(QStringLiteral("made by a newer version")), qPrintable(o.err));
        QCOMPARE(fileHash(mine.sqlitePath()), before);
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceCommands)
#include "tst_maintenancecommands.moc"
