// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "SqlQuery.h"
#include "StatementCache.h"
#include "util/Log.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Club::Core {

namespace {
QAtomicInt g_instanceCounter;
}

Database::~Database()
{
    close();
}

Status Database::open(const Config &config)
{
    close();
    m_config = config;
    m_prefix = QStringLiteral("club-%1").arg(g_instanceCounter.fetchAndAddRelaxed(1));
    m_open = true;

    const Status status = [&]() -> Status {
        QSqlDatabase db = connection(); // released before close() below
        if (!db.isOpen()) {
            const QString detail = db.lastError().text();
            qCWarning(lcDb) << "cannot open store:" << detail;
            return Error::make(Error::Code::Storage,
                               config.engine == Engine::SQLite
                                   ? tr("The data file %1 could not be opened. Check that the folder exists and "
                                        "that you may write to it.")
                                         .arg(QDir::toNativeSeparators(config.path))
                                   : tr("The database server could not be reached. Check the server address, "
                                        "the user name and the password."),
                               detail);
        }
        return configure(db);
    }();
    if (!status)
        close();
    return status;
}

Status Database::configure(QSqlDatabase &db) const
{
    if (m_config.engine != Engine::SQLite)
        return {};
    // The first statement that reads the file tells a damaged or foreign file apart.
    QSqlQuery probe(db);
    const bool readable = probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    const QSqlError probeError = probe.lastError();
    probe.finish(); // an open statement would hold a read transaction
    if (!readable) {
        const QString detail = probeError.text();
        if (SqlQuery::isBusy(probeError))
            return Error::make(Error::Code::Locked,
                               tr("The data file is in use by another program. Close the other copy of "
                                  "Customer Club Manager and try again."),
                               detail);
        return Error::make(Error::Code::Storage,
                           tr("The data file %1 is damaged or is not a Customer Club Manager store. "
                              "It was left untouched; restore it from a backup.")
                               .arg(QDir::toNativeSeparators(m_config.path)),
                           detail);
    }
    for (const char *pragma : {"PRAGMA journal_mode = WAL"}) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(pragma))) {
            const bool busy = SqlQuery::isBusy(q.lastError());
            return Error::make(busy ? Error::Code::Locked : Error::Code::Storage,
                               busy ? tr("The data file is in use by another program. Close the other copy of "
                                         "Customer Club Manager and try again.")
                                    : tr("The data file could not be prepared for use."),
                               q.lastError().text());
        }
    }
    return {};
}

void Database::close()
{
    QMutexLocker lock(&m_mutex);
    const Qt::HANDLE self = QThread::currentThreadId();
    for (auto it = m_threads.cbegin(); it != m_threads.cend(); ++it) {
        // Its statements go before the connection (a query must not outlive its driver);
        // one still running is released when it ends.
        (*it)->statements->close();
        if (it.key() == self) {
            QSqlDatabase db = QSqlDatabase::database((*it)->name, false);
            if (db.isOpen())
                db.close();
        }
        // Another thread's connection is not touched, only unregistered.
        QSqlDatabase::removeDatabase((*it)->name);
    }
    m_threads.clear();
    m_open = false;
}

void Database::dropCurrentThread() const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_threads.constFind(QThread::currentThreadId());
    if (it == m_threads.cend())
        return;
    const QString name = (*it)->name;
    (*it)->statements->close();
    m_threads.erase(it);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Database::PerThread &Database::perThread() const
{
    QMutexLocker lock(&m_mutex);
    const Qt::HANDLE id = QThread::currentThreadId();
    auto it = m_threads.find(id);
    if (it != m_threads.end())
        return **it;

    auto made = std::make_shared<PerThread>();
    PerThread &t = *made;
    t.statements = std::make_shared<StatementCache>();
    t.name = m_prefix + QLatin1Char('-') + QString::number(quintptr(id), 16);
    QSqlDatabase db;
    if (m_config.engine == Engine::SQLite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), t.name);
        db.setDatabaseName(m_config.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), t.name);
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.name);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
    }
    if (!db.open()) {
        qCWarning(lcDb) << "connection failed:" << db.lastError().text();
    } else if (m_config.engine == Engine::SQLite) {
        // Per-connection settings: enforce foreign keys, and never lose a committed
        // transaction to a power cut at the counter.
        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
            QSqlQuery q(db);
            if (!q.exec(QLatin1String(pragma)))
                qCWarning(lcDb) << "pragma failed:" << pragma << q.lastError().text();
        }
    }
    if (QThread *thread = QThread::currentThread(); thread != m_threadGuard.thread()) {
        // A worker's connection goes with the worker, so a later thread that reuses the
        // id never inherits it.
        QObject::connect(thread, &QThread::finished, &m_threadGuard, [this] { dropCurrentThread(); },
                         Qt::DirectConnection);
    }
    m_threads.insert(id, made);
    return t;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(perThread().name, false);
}

int &Database::depth() const
{
    return perThread().depth;
}

std::shared_ptr<StatementCache> Database::statementCache() const
{
    return perThread().statements;
}

void Database::forgetStatements() const
{
    perThread().statements->clear();
}

} // namespace Club::Core
