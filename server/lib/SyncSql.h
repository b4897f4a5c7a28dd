// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace Club::Core {
class Database;
}

namespace Club::Server {

// The change log behind GET /v1/sync/{entity} (PostgreSQL; see migration 0010). A cursor
// is "txid.seq" of the last change served; "0" starts from the beginning.
class SyncSql
{
public:
    struct Page
    {
        QJsonArray items;
        QString next;
        bool more = false;
    };

    explicit SyncSql(const Core::Database &db) : m_db(db) {}

    static QStringList entities(); // members cards card-types products prices rules product-groups card-pins
    // Nullopt-like error Invalid for a malformed cursor.
    Core::Result<Page> page(const QString &entity, const QString &after, int limit) const;

private:
    const Core::Database &m_db;
};

} // namespace Club::Server
