// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupSql.h"

#include "FileConnection.h"

#include "storage/SqlQuery.h"
#include "util/Log.h"

#include <QDir>
#include <QFile>
#include <QSqlError>

namespace Club::Core {

namespace {
Error cannotRead(const QString &file, const QString &detail)
{
    return Error::make(Error::Code::Storage,
                       BackupSql::tr("The data file %1 could not be read.").arg(QDir::toNativeSeparators(file)), detail);
}
} // namespace

Status BackupSql::snapshot(const QString &source, const QString &target)
{
    FileConnection c(source);
    if (!c.ok())
        return cannotRead(source, c.error());
    QFile::remove(target);
    // VACUUM INTO takes its target as a value; a bound parameter keeps any path safe.
    SqlQuery q(c.db(), QStringLiteral("VACUUM INTO :target"));
    q.bind(QStringLiteral(":target"), target);
    if (Status s = q.exec(); !s) {
        QFile::remove(target);
        return Error::make(s.error().code,
                           tr("A copy of the data could not be made: %1").arg(s.error().message), s.error().detail);
    }
    return {};
}

Result<BackupSql::Facts> BackupSql::facts(const QString &file)
{
    FileConnection c(file);
    if (!c.ok())
        return cannotRead(file, c.error());
    Facts f;
    const auto scalar = [&](const QString &sql, qint64 &into) -> Status {
        SqlQuery q(c.db(), sql);
        Result<QVariant> v = q.scalar();
        if (!v)
            return v.error();
        into = v->toLongLong();
        return {};
    };
    qint64 schema = 0;
    for (auto [sql, into] : {std::pair{QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"), &schema},
                             std::pair{QStringLiteral("SELECT COUNT(*) FROM members"), &f.members},
                             std::pair{QStringLiteral("SELECT COUNT(*) FROM cards"), &f.cards},
                             std::pair{QStringLiteral("SELECT COUNT(*) FROM journal_entries"), &f.ledgerEntries}}) {
        if (Status s = scalar(sql, *into); !s)
            return cannotRead(file, s.error().detail);
    }
    f.schemaVersion = int(schema);
    // The sales table came with migration 7; an older store simply has none.
    if (schema >= 7) {
        if (Status s = scalar(QStringLiteral("SELECT COUNT(*) FROM sales"), f.sales); !s)
            return cannotRead(file, s.error().detail);
    }
    return f;
}

Result<QStringList> BackupSql::integrityCheck(const QString &file)
{
    FileConnection c(file);
    if (!c.ok())
        return cannotRead(file, c.error());
    return integrityCheck(c.db());
}

Result<QStringList> BackupSql::integrityCheck(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("PRAGMA integrity_check"));
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList findings;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            findings << line;
    }
    return findings;
}

} // namespace Club::Core
