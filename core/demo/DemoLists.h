// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"
#include "members/Member.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The word lists the demo club is made of, read from resources/demo (embedded as
// ":/demo/..."). Internal to the demo generator.
namespace Club::Core::Demo {

enum class Origin { Persian, Arabic };

struct Name
{
    QString text;
    QString latin; // for e-mail addresses
    Gender gender = Gender::Unspecified;
};

struct Place
{
    Origin origin = Origin::Persian;
    QString city;
    int weight = 1;
    QStringList mobilePrefixes; // each followed by 7 random digits
    QStringList streets;
};

struct GroupSpec
{
    QString key; // what the generator chooses by: "vip", "students"...
    QString name;
    QString description;
};

struct CardTypeSpec
{
    CardType type;
    int spareStock = 0; // blank cards left over once the demo cards are issued
};

struct Lists
{
    QList<Name> firstNames[2]; // by Origin
    QList<Name> lastNames[2];
    QList<Place> places;
    QList<GroupSpec> groups;
    QList<CardTypeSpec> cardTypes;
    QHash<QString, QStringList> phrases; // category -> texts

    const QList<Name> &first(Origin o) const { return firstNames[int(o)]; }
    const QList<Name> &last(Origin o) const { return lastNames[int(o)]; }
    // The texts of a category; never empty once load() succeeded for the categories it checks.
    QStringList phrase(const QString &category) const { return phrases.value(category); }
};

class ListLoader
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    // Reads and checks every list; an error names the file at fault in its detail.
    static Result<Lists> load();
};

} // namespace Club::Core::Demo
