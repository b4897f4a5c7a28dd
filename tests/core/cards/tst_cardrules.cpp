// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/CardRules.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;
using CardRules::PinProblem;

Q_DECLARE_METATYPE(CardRules::PinProblem)

class TestCardRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinProblem_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<PinProblem>("problem");
        QTest::newRow("good 4") << QStringLiteral("2580") << PinProblem::None;
        QTest::newRow("good 5") << QStringLiteral("13579") << PinProblem::None;
        QTest::newRow("good 6") << QStringLiteral("740212") << PinProblem::None;
        QTest::newRow("wraps round, not a run") << QStringLiteral("8901") << PinProblem::None;
        QTest::newRow("run broken at the end") << QStringLiteral("12346") << PinProblem::None;
        QTest::newRow("persian digits") << QStringLiteral("۲۵۸۰") << PinProblem::None;
        QTest::newRow("arabic-indic digits") << QStringLiteral("٢٥٨٠") << PinProblem::None;
        QTest::newRow("too short") << QStringLiteral("258") << PinProblem::Length;
        QTest::newRow("too long") << QStringLiteral("2580147") << PinProblem::Length;
        QTest::newRow("empty") << QString() << PinProblem::Length;
        QTest::newRow("letter") << QStringLiteral("25a0") << PinProblem::NotDigits;
        QTest::newRow("space") << QStringLiteral("25 80") << PinProblem::NotDigits;
        QTest::newRow("1111") << QStringLiteral("1111") << PinProblem::AllSame;
        QTest::newRow("000000") << QStringLiteral("000000") << PinProblem::AllSame;
        QTest::newRow("persian 7777") << QStringLiteral("۷۷۷۷") << PinProblem::AllSame;
        QTest::newRow("1234") << QStringLiteral("1234") << PinProblem::Sequence;
        QTest::newRow("4321") << QStringLiteral("4321") << PinProblem::Sequence;
        QTest::newRow("0123") << QStringLiteral("0123") << PinProblem::Sequence;
        QTest::newRow("123456") << QStringLiteral("123456") << PinProblem::Sequence;
        QTest::newRow("654321") << QStringLiteral("654321") << PinProblem::Sequence;
        QTest::newRow("45678") << QStringLiteral("45678") << PinProblem::Sequence;
        QTest::newRow("arabic-indic 4321") << QStringLiteral("٤٣٢١") << PinProblem::Sequence;
    }
    void pinProblem()
    {
        QFETCH(QString, pin);
        QFETCH(PinProblem, problem);
        QCOMPARE(CardRules::pinProblem(CardRules::asciiDigits(pin)), problem);
    }

    void normalizeNumber_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << QStringLiteral("6280000000000018") << QStringLiteral("6280000000000018");
        QTest::newRow("spaces") << QStringLiteral(" 6280 0000 0000 0018 ") << QStringLiteral("6280000000000018");
        QTest::newRow("dashes") << QStringLiteral("6280-0000-0000-0018") << QStringLiteral("6280000000000018");
        QTest::newRow("persian and spaces")
            << QStringLiteral("۶۲۸۰ ۰۰۰۰ ۰۰۰۰ ۰۰۱۸") << QStringLiteral("6280000000000018");
        QTest::newRow("arabic-indic and dashes")
            << QStringLiteral("٦٢٨٠-٠٠٠٠-٠٠٠٠-٠٠١٨") << QStringLiteral("6280000000000018");
        QTest::newRow("direction marks and nbsp")
            << QStringLiteral("\u200E6280\u00A00000\u200F 0000 0018") << QStringLiteral("6280000000000018");
        QTest::newRow("letters stay") << QStringLiteral("6280 ABCD") << QStringLiteral("6280ABCD");
    }
    void normalizeNumber()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        QCOMPARE(CardRules::normalizeNumber(typed), normalized);
    }

    void digits()
    {
        QCOMPARE(CardRules::asciiDigits(QStringLiteral("۱۲۳ ٤٥٦ 789 x")), QStringLiteral("123 456 789 x"));
        QCOMPARE(CardRules::asciiDigits(QStringLiteral("\u0967\u0968")), QStringLiteral("12")); // Devanagari
        QVERIFY(CardRules::isAsciiDigits(QStringLiteral("0123")));
        QVERIFY(!CardRules::isAsciiDigits(QString()));
        QVERIFY(!CardRules::isAsciiDigits(QStringLiteral("۱۲")));
        QVERIFY(!CardRules::isAsciiDigits(QStringLiteral("12 3")));
    }
};

QTEST_GUILESS_MAIN(TestCardRules)
#include "tst_cardrules.moc"
