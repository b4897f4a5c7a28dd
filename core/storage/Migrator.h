// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Club::Core {

class Database;

// Forward-only schema migrations, shipped as resources :/sql/NNNN_name.sql. Each runs in
// its own transaction and is recorded in schema_migrations. The same files serve both
// engines; the few dialect differences are placeholders:
//   {{PK}}   an auto-numbered BIGINT primary key
//   {{BLOB}} a byte string
// and blocks that only one engine runs, between "-- @sqlite" or "-- @postgresql" and
// "-- @end" (triggers, functions).
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(Database &db, const QString &resourceDir = QStringLiteral(":/sql"));

    QList<Step> steps() const;
    int latestVersion() const;
    // 0 for an empty store.
    Result<int> currentVersion() const;

    // Brings the store to the latest version. A store from a newer app is refused and
    // left untouched.
    Status migrate();

    static QString translate(const QString &sql, bool postgres);
    static QStringList splitStatements(const QString &script);

private:
    Status apply(const Step &step);

    Database &m_db;
    QString m_dir;
};

} // namespace Club::Core
