// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"
#include "SqlQuery.h"
#include "util/Log.h"

#include <QSqlQuery>

namespace Club::Core {

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    int &depth = m_db.depth();
    m_level = depth + 1;
    QString sql;
    if (m_level > 1)
        sql = QStringLiteral("SAVEPOINT club_sp%1").arg(m_level);
    else if (m_db.engine() == Database::Engine::SQLite)
        sql = QStringLiteral("BEGIN IMMEDIATE");
    else
        sql = QStringLiteral("BEGIN");
    if (Status s = run(sql); !s) {
        m_error = s.error();
        return;
    }
    depth = m_level;
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::run(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return SqlQuery::toError(q.lastError(), sql);
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error ? Status(*m_error)
                       : Status(Error::make(Error::Code::Storage, tr("The operation was already finished.")));
    const QString sql = m_level > 1 ? QStringLiteral("RELEASE SAVEPOINT club_sp%1").arg(m_level)
                                    : QStringLiteral("COMMIT");
    if (Status s = run(sql); !s) {
        rollback();
        return s;
    }
    m_active = false;
    m_db.depth() = m_level - 1;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_level > 1) {
        // Undo the savepoint's work, then drop it so the outer scope goes on cleanly.
        (void)run(QStringLiteral("ROLLBACK TO SAVEPOINT club_sp%1").arg(m_level));
        (void)run(QStringLiteral("RELEASE SAVEPOINT club_sp%1").arg(m_level));
    } else if (Status s = run(QStringLiteral("ROLLBACK")); !s) {
        qCWarning(lcDb) << "rollback failed:" << s.error().detail;
    }
    m_active = false;
    m_db.depth() = m_level - 1;
}

} // namespace Club::Core
