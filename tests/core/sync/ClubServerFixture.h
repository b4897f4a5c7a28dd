// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real clubserver for desk tests: its own PostgreSQL database on the ctest fixture, a
// config file on a free loopback port, --init-db and one terminal, and the process started,
// stopped, killed (-9), paused and resumed on demand. Bounded waits only.

#include "ClubServerProcess.h"
#include "TestDatabase.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrl>
#include <QTemporaryDir>

#include <csignal>
#include <memory>

namespace ClubTest {

class ClubServerFixture
{
public:
    static inline const QString kPassword = QStringLiteral("admin-pass"); // the admin on both sides

    ClubServerFixture() = default;
    ~ClubServerFixture() { stop(); }
    ClubServerFixture(const ClubServerFixture &) = delete;
    ClubServerFixture &operator=(const ClubServerFixture &) = delete;

    // Empty when all is well, otherwise what went wrong.
    QString setUp(const QString &exe)
    {
        m_exe = exe;
        m_db = std::make_unique<Club::Test::TestDatabase>(Club::Core::Database::Engine::PostgreSQL, false);
        if (!m_db->ok())
            return m_db->error();
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return QStringLiteral("no free port");
            m_port = probe.serverPort();
        }
        const auto db = m_db->db().config();
        m_config = m_dir.filePath(QStringLiteral("clubserver.conf"));
        QFile f(m_config);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the config");
        f.write(QStringLiteral("[server]\nlisten=127.0.0.1\nport=%1\nmaster_key_file=master.key\n"
                               "[database]\nhost=%2\nport=%3\nname=%4\nuser=%5\n")
                    .arg(m_port)
                    .arg(db.host)
                    .arg(db.port)
                    .arg(db.name, db.user)
                    .toUtf8());
        f.close();
        if (runClubserver(m_exe, m_config,
                          {QStringLiteral("--init-db"), QStringLiteral("--store-name"), QStringLiteral("Chain"),
                           QStringLiteral("--branch-code"), QStringLiteral("main"), QStringLiteral("--branch-name"),
                           QStringLiteral("Main")},
                          kPassword.toUtf8() + '\n')
            != 0)
            return QStringLiteral("--init-db failed");
        QByteArray out;
        if (runClubserver(m_exe, m_config,
                          {QStringLiteral("--create-terminal"), QStringLiteral("Desk 1"), QStringLiteral("--branch"),
                           QStringLiteral("main")},
                          {}, &out)
            != 0)
            return QStringLiteral("--create-terminal failed");
        const QString text = QString::fromUtf8(out);
        const auto id = QRegularExpression(QStringLiteral("terminal_id=(t_[0-9a-f]+)")).match(text);
        const auto secret = QRegularExpression(QStringLiteral("secret=([A-Za-z0-9_-]+)")).match(text);
        if (!id.hasMatch() || !secret.hasMatch())
            return QStringLiteral("no terminal credentials printed");
        m_terminalId = id.captured(1);
        m_secret = secret.captured(1);
        return {};
    }

    bool start()
    {
        // Its log (warnings, request lines) for a failing test to look at.
        m_process.setStandardErrorFile(qEnvironmentVariable("CLUB_TEST_SERVER_LOG", m_dir.filePath(QStringLiteral("clubserver.log"))), QIODevice::Append);
        m_process.start(m_exe, {QStringLiteral("--config"), m_config});
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains("listening"); ++i) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        return out.contains("listening");
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        resume();
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // kill -9: no chance to finish anything.
    void crash()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(5000);
    }

    bool pause() { return ::kill(pid_t(m_process.processId()), SIGSTOP) == 0; }
    bool resume() { return m_process.state() == QProcess::NotRunning || ::kill(pid_t(m_process.processId()), SIGCONT) == 0; }

    qint64 scalar(const QString &sql, const QVariant &key = {})
    {
        Club::Core::SqlQuery q(m_db->db(), sql);
        if (key.isValid())
            q.bind(QStringLiteral(":k"), key);
        Club::Core::Result<QVariant> n = q.scalar();
        return n ? n->toLongLong() : -1;
    }
    qint64 salesWithKey(const QString &key)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE idempotency_key = :k"), key);
    }

    Club::Core::Database &db() { return m_db->db(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QString terminalId() const { return m_terminalId; }
    QString secret() const { return m_secret; }
    QString dir() const { return m_dir.path(); }

private:
    std::unique_ptr<Club::Test::TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_exe;
    QString m_config;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_terminalId;
    QString m_secret;
};

} // namespace ClubTest
