// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CardNumber.h"
#include "util/Log.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;

class TestCardNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("check");
        QTest::newRow("wikipedia") << QStringLiteral("7992739871") << 3;
        QTest::newRow("visa-test") << QStringLiteral("411111111111111") << 1;
        QTest::newRow("zeros") << QStringLiteral("000000000000000") << 0;
        QTest::newRow("bad-char") << QStringLiteral("12a4") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void checkDigit()
    {
        QFETCH(QString, body);
        QFETCH(int, check);
        QCOMPARE(CardNumber::luhnCheckDigit(body), check);
    }

    void isValid_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("good") << QStringLiteral("79927398713") << true;
        QTest::newRow("one-off") << QStringLiteral("79927398714") << false;
        QTest::newRow("swapped") << QStringLiteral("79927398731") << false;
        QTest::newRow("short") << QStringLiteral("7") << false;
        QTest::newRow("letters") << QStringLiteral("4111x11111111111") << false;
    }
    void isValid()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(CardNumber::isValid(number), valid);
    }

    void compose()
    {
        const QString n = CardNumber::compose(QStringLiteral("6280"), 42);
        QCOMPARE(n.size(), 16);
        QVERIFY(n.startsWith(QLatin1String("628000000000042")));
        QVERIFY(CardNumber::isValid(n));
        QCOMPARE(CardNumber::compose(QStringLiteral("6280"), 1000000000000LL), QString()); // does not fit
        QCOMPARE(CardNumber::compose(QStringLiteral("6280"), -1), QString());
    }

    void maskForLogs()
    {
        QCOMPARE(maskCardNumber(QStringLiteral("6280000000000421")), QStringLiteral("6280********0421"));
        QCOMPARE(maskCardNumber(QStringLiteral("1234")), QStringLiteral("****"));
    }
};

QTEST_GUILESS_MAIN(TestCardNumber)
#include "tst_cardnumber.moc"
