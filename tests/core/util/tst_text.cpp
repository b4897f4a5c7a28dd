// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Text.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;

class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latinDigits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("persian") << QStringLiteral("۰۹۱۲۳۴۵۶۷۸۹") << QStringLiteral("09123456789");
        QTest::newRow("arabic-indic") << QStringLiteral("٠١٢٣٤٥٦٧٨٩") << QStringLiteral("0123456789");
        QTest::newRow("mixed") << QStringLiteral("a۱b٢3") << QStringLiteral("a1b23");
        QTest::newRow("empty") << QString() << QString();
    }
    void latinDigits()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Text::toLatinDigits(input), expected);
    }

    void searchKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        // Arabic and Persian keyboards give different code points for the same letters.
        QTest::newRow("yeh") << QStringLiteral("علي") << QStringLiteral("علی");
        QTest::newRow("kaf") << QStringLiteral("كاظمي") << QStringLiteral("کاظمی");
        QTest::newRow("alef-maksura") << QStringLiteral("مصطفى") << QStringLiteral("مصطفی");
        QTest::newRow("hamza-alef") << QStringLiteral("أحمد") << QStringLiteral("احمد");
        QTest::newRow("teh-marbuta") << QStringLiteral("فاطمة") << QStringLiteral("فاطمه");
        QTest::newRow("zwnj") << QStringLiteral("محمد\u200cرضا") << QStringLiteral("محمدرضا");
        QTest::newRow("direction-marks") << QStringLiteral("\u202a0912\u202c \u200fعلی") << QStringLiteral("0912 علی");
        QTest::newRow("digits") << QStringLiteral("۰۹۱۲") << QStringLiteral("0912");
        QTest::newRow("case-space") << QStringLiteral("  Sara   KARIMI ") << QStringLiteral("sara karimi");
        QTest::newRow("diacritics") << QStringLiteral("مُحَمَّد") << QStringLiteral("محمد");
    }
    void searchKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(Text::searchKey(a), Text::searchKey(b));
    }

    void searchKeyKeepsDifferentNamesApart()
    {
        QVERIFY(Text::searchKey(QStringLiteral("علی")) != Text::searchKey(QStringLiteral("عالی")));
    }

    void normalizeName()
    {
        QCOMPARE(Text::normalizeName(QStringLiteral(" علي  كريمي ")), QStringLiteral("علی کریمی"));
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
