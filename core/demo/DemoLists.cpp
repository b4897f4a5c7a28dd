// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoLists.h"

#include <QFile>

namespace Club::Core::Demo {

namespace {

using Row = QStringList;

// Lines of "a;b;c", skipping blank lines and "#" comments.
Result<QList<Row>> readRows(const QString &file, int columns)
{
    const QString path = QStringLiteral(":/demo/") + file;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Storage, QString(), QStringLiteral("cannot open ") + path);
    QList<Row> rows;
    int lineNo = 0;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        ++lineNo;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        Row row = line.split(QLatin1Char(';'));
        if (row.size() != columns)
            return Error::make(Error::Code::Storage, QString(),
                               QStringLiteral("%1:%2: expected %3 columns").arg(path).arg(lineNo).arg(columns));
        for (QString &cell : row)
            cell = cell.trimmed();
        rows.append(row);
    }
    if (rows.isEmpty())
        return Error::make(Error::Code::Storage, QString(), path + QStringLiteral(": empty"));
    return rows;
}

Result<QList<Name>> readNames(const QString &file, bool withGender)
{
    Result<QList<Row>> rows = readRows(file, withGender ? 3 : 2);
    if (!rows)
        return rows.error();
    QList<Name> names;
    for (const Row &r : *rows) {
        Name n{r[0], r[1], Gender::Unspecified};
        if (withGender) {
            if (r[2] == QLatin1String("m"))
                n.gender = Gender::Male;
            else if (r[2] == QLatin1String("f"))
                n.gender = Gender::Female;
            else
                return Error::make(Error::Code::Storage, QString(), file + QStringLiteral(": bad gender ") + r[2]);
        }
        names.append(n);
    }
    return names;
}

QStringList listCell(const QString &cell)
{
    QStringList items = cell.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    return items;
}

Status readPlaces(Lists &lists)
{
    Result<QList<Row>> mobiles = readRows(QStringLiteral("mobiles.txt"), 2);
    if (!mobiles)
        return mobiles.error();
    QHash<QString, QStringList> prefixes;
    for (const Row &r : *mobiles)
        prefixes.insert(r[0], listCell(r[1]));

    Result<QList<Row>> rows = readRows(QStringLiteral("places.txt"), 5);
    if (!rows)
        return rows.error();
    for (const Row &r : *rows) {
        Place p;
        p.origin = r[0] == QLatin1String("ar") ? Origin::Arabic : Origin::Persian;
        p.city = r[1];
        p.weight = r[2].toInt();
        p.mobilePrefixes = prefixes.value(r[3]);
        p.streets = listCell(r[4]);
        if (p.weight <= 0 || p.mobilePrefixes.isEmpty() || p.streets.isEmpty())
            return Error::make(Error::Code::Storage, QString(), QStringLiteral("places.txt: bad row for ") + p.city);
        lists.places.append(p);
    }
    return {};
}

Status readCardTypes(Lists &lists)
{
    Result<QList<Row>> rows = readRows(QStringLiteral("card_types.txt"), 9);
    if (!rows)
        return rows.error();
    for (const Row &r : *rows) {
        const std::optional<CardKind> kind = cardKindFromKey(r[1]);
        if (!kind)
            return Error::make(Error::Code::Storage, QString(), QStringLiteral("card_types.txt: bad kind ") + r[1]);
        CardTypeSpec spec;
        spec.type.name = r[0];
        spec.type.kind = *kind;
        spec.type.prefix = r[2];
        spec.type.numberLength = r[3].toInt();
        spec.type.validityMonths = r[4].toInt();
        spec.type.pinRequired = r[5] == QLatin1String("1");
        spec.type.maxPerMember = r[6].toInt();
        spec.type.trackStock = r[7] == QLatin1String("1");
        spec.spareStock = r[8].toInt();
        lists.cardTypes.append(spec);
    }
    return {};
}

} // namespace

Result<Lists> ListLoader::load()
{
    Lists lists;
    const auto fail = [](const Error &e) {
        Error out = e;
        out.message = tr("The demo data files are damaged. Reinstall the application.");
        return out;
    };
    const struct
    {
        QString file;
        QList<Name> *into;
        bool withGender;
    } nameFiles[] = {
        {QStringLiteral("first_names_fa.txt"), &lists.firstNames[int(Origin::Persian)], true},
        {QStringLiteral("first_names_ar.txt"), &lists.firstNames[int(Origin::Arabic)], true},
        {QStringLiteral("last_names_fa.txt"), &lists.lastNames[int(Origin::Persian)], false},
        {QStringLiteral("last_names_ar.txt"), &lists.lastNames[int(Origin::Arabic)], false},
    };
    for (const auto &nf : nameFiles) {
        Result<QList<Name>> names = readNames(nf.file, nf.withGender);
        if (!names)
            return fail(names.error());
        *nf.into = *names;
    }
    if (Status s = readPlaces(lists); !s)
        return fail(s.error());
    if (Status s = readCardTypes(lists); !s)
        return fail(s.error());

    Result<QList<Row>> groups = readRows(QStringLiteral("groups.txt"), 3);
    if (!groups)
        return fail(groups.error());
    for (const Row &r : *groups)
        lists.groups.append({r[0], r[1], r[2]});

    Result<QList<Row>> phrases = readRows(QStringLiteral("phrases.txt"), 2);
    if (!phrases)
        return fail(phrases.error());
    for (const Row &r : *phrases)
        lists.phrases[r[0]].append(r[1]);

    for (const char *category : {"stock", "adjust-plus", "adjust-minus", "note-lost", "note-damaged", "note-stolen",
                                 "member-note", "address-fa", "address-ar", "email-domains-fa", "email-domains-ar"}) {
        if (lists.phrases.value(QLatin1String(category)).isEmpty())
            return fail(Error::make(Error::Code::Storage, QString(),
                                    QStringLiteral("phrases.txt: missing ") + QLatin1String(category)));
    }
    for (Origin o : {Origin::Persian, Origin::Arabic}) {
        bool hasPlace = false;
        for (const Place &p : lists.places)
            hasPlace = hasPlace || p.origin == o;
        if (!hasPlace)
            return fail(
                Error::make(Error::Code::Storage, QString(), QStringLiteral("places.txt: an origin has no place")));
    }
    return lists;
}

} // namespace Club::Core::Demo
