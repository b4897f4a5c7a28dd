// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real clubserver executable: --init-db on an empty PostgreSQL database (password on
// stdin), --create-terminal, serving signed requests, --disable-terminal, and its log.
#include "ClubServerProcess.h"
#include "ServerTestSupport.h"
#include "TestMain.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

using namespace Club::Core;
using namespace Club::Test;

namespace {
const QString kPassword = QStringLiteral("first-admin-pass");
}

class TestClubServerExe : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
    QString m_config;
    QProcess m_server;
    QString m_terminalId;
    QByteArray m_secret;
    quint16 m_port = 0;

    int run(const QStringList &args, const QByteArray &input = {}, QByteArray *out = nullptr)
    {
        return ClubTest::runClubserver(QStringLiteral(CLUBSERVER_EXE), m_config, args, input, out);
    }

    void attach(ApiClient &c) const
    {
        c.base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        c.terminalId = m_terminalId;
        c.secret = m_secret;
    }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<TestDatabase>(Database::Engine::PostgreSQL, false);
        QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
        const Database::Config db = m_t->db().config();
        m_config = m_dir.filePath(QStringLiteral("clubserver.conf"));
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[server]\nlisten=127.0.0.1\nport=0\nmaster_key_file=master.key\n"
                               "[database]\nhost=%1\nport=%2\nname=%3\nuser=%4\n")
                    .arg(db.host)
                    .arg(db.port)
                    .arg(db.name, db.user)
                    .toUtf8());
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(10000))
                m_server.kill();
        }
    }

    void initDb()
    {
        const QStringList args = {QStringLiteral("--init-db"),     QStringLiteral("--store-name"),
                                  QStringLiteral("Test Store"),    QStringLiteral("--branch-code"),
                                  QStringLiteral("main"),          QStringLiteral("--branch-name"),
                                  QStringLiteral("Main branch")};
        QCOMPARE(run(args, kPassword.toUtf8() + '\n'), 0);
        const QFileInfo key(m_dir.filePath(QStringLiteral("master.key")));
        QVERIFY(key.exists());
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        // Never over a store that exists.
        QVERIFY(run(args, kPassword.toUtf8() + '\n') != 0);
    }

    void createTerminal()
    {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("--create-terminal"), QStringLiteral("Desk 1"), QStringLiteral("--branch"),
                      QStringLiteral("main")},
                     {}, &out),
                 0);
        const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("terminal_id=(t_[0-9a-f]+)")).match(QString::fromUtf8(out));
        const QRegularExpressionMatch secret = QRegularExpression(QStringLiteral("secret=([A-Za-z0-9_-]+)")).match(QString::fromUtf8(out));
        QVERIFY(id.hasMatch() && secret.hasMatch());
        m_terminalId = id.captured(1);
        m_secret = RequestSigning::fromBase64Url(secret.captured(1).toLatin1()).value_or(QByteArray());
        QCOMPARE(m_secret.size(), 32);
        // The database holds the terminal but not its secret.
        SqlQuery q(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM server_terminals WHERE terminal_id = :t"));
        q.bind(QStringLiteral(":t"), m_terminalId);
        QCOMPARE(q.scalar()->toInt(), 1);
        QVERIFY(run({QStringLiteral("--create-terminal"), QStringLiteral("X"), QStringLiteral("--branch"),
                     QStringLiteral("nowhere")}) != 0);
    }

    void serve()
    {
        m_server.start(QStringLiteral(CLUBSERVER_EXE), {QStringLiteral("--config"), m_config});
        QVERIFY(m_server.waitForStarted(10000));
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            m_server.waitForReadyRead(200);
            out += m_server.readAllStandardOutput();
        }
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("listening \\S+ (\\d+)")).match(QString::fromUtf8(out));
        QVERIFY2(m.hasMatch(), out.constData());
        m_port = quint16(m.captured(1).toUInt());
        ApiClient c;
        attach(c);
        QCOMPARE(c.get(QStringLiteral("/v1/health"), {.sign = false}).status, 200);
        QVERIFY(c.login(QStringLiteral("admin"), kPassword));
        QCOMPARE(c.get(QStringLiteral("/v1/sync/members?after=0")).status, 200);
    }

    void disableTerminal()
    {
        QCOMPARE(run({QStringLiteral("--disable-terminal"), m_terminalId}), 0);
        ApiClient c;
        attach(c);
        const ApiReply r = c.post(QStringLiteral("/v1/session"), {{QStringLiteral("username"), QStringLiteral("admin")},
                                                                  {QStringLiteral("password"), kPassword}});
        QCOMPARE(r.code(), QStringLiteral("terminal_disabled"));
        m_server.terminate();
        QVERIFY(m_server.waitForFinished(10000));
        const QString log = QString::fromUtf8(m_server.readAllStandardError());
        QVERIFY2(log.contains(QStringLiteral("POST /v1/session 200")), qPrintable(log.left(3000)));
        QVERIFY2(log.contains(QStringLiteral("error=terminal_disabled")), qPrintable(log.left(3000)));
        QVERIFY(!log.contains(kPassword));
    }
};

QTEST_GUILESS_MAIN(TestClubServerExe)
#include "tst_clubserverexe.moc"
