// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/Validation.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validMobiles_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString sara = QStringLiteral("+989121234567");
        QTest::newRow("national") << QStringLiteral("09121234567") << sara;
        QTest::newRow("no-trunk-zero") << QStringLiteral("9121234567") << sara;
        QTest::newRow("country-no-plus") << QStringLiteral("989121234567") << sara;
        QTest::newRow("e164") << QStringLiteral("+989121234567") << sara;
        QTest::newRow("e164-spaced") << QStringLiteral("+98 912 123 4567") << sara;
        QTest::newRow("double-zero") << QStringLiteral("00989121234567") << sara;
        QTest::newRow("double-zero-spaced") << QStringLiteral("0098 912 123 4567") << sara;
        QTest::newRow("dashes") << QStringLiteral("0912-123-4567") << sara;
        QTest::newRow("parentheses") << QStringLiteral("(0912) 123 45 67") << sara;
        QTest::newRow("country-and-trunk") << QStringLiteral("+98 (0)912 123 4567") << sara;
        QTest::newRow("padded") << QStringLiteral("  09121234567\t") << sara;
        QTest::newRow("direction-marks") << QStringLiteral("\u200E+98 912 123 4567\u200F") << sara;
        QTest::newRow("persian") << QStringLiteral("۰۹۱۲۱۲۳۴۵۶۷") << sara;
        QTest::newRow("persian-e164") << QStringLiteral("+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷") << sara;
        QTest::newRow("arabic-indic") << QStringLiteral("٠٩١٢١٢٣٤٥٦٧") << sara;
        QTest::newRow("arabic-indic-double-zero") << QStringLiteral("٠٠٩٨٩١٢١٢٣٤٥٦٧") << sara;
        QTest::newRow("mixed-scripts") << QStringLiteral("۰۹۱2 ١٢٣ 4567") << sara;
        QTest::newRow("rightel") << QStringLiteral("0921 000 1122") << QStringLiteral("+989210001122");
        QTest::newRow("irancell-099") << QStringLiteral("09901234567") << QStringLiteral("+989901234567");
        QTest::newRow("uae") << QStringLiteral("+971 50 123 4567") << QStringLiteral("+971501234567");
        QTest::newRow("uae-double-zero") << QStringLiteral("00971-50-123-4567") << QStringLiteral("+971501234567");
        QTest::newRow("iraq") << QStringLiteral("+964 770 123 4567") << QStringLiteral("+9647701234567");
        QTest::newRow("iraq-arabic-digits") << QStringLiteral("+٩٦٤ ٧٧٠ ١٢٣ ٤٥٦٧") << QStringLiteral("+9647701234567");
        QTest::newRow("saudi") << QStringLiteral("+966 50 123 4567") << QStringLiteral("+966501234567");
        QTest::newRow("kuwait") << QStringLiteral("+965 5000 1234") << QStringLiteral("+96550001234");
        QTest::newRow("eight-digits") << QStringLiteral("+12345678") << QStringLiteral("+12345678");
        QTest::newRow("fifteen-digits") << QStringLiteral("+123456789012345") << QStringLiteral("+123456789012345");
    }
    void validMobiles()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const std::optional<QString> normalized = Validation::normalizeMobile(input);
        QVERIFY2(normalized.has_value(), qPrintable(input));
        QCOMPARE(*normalized, expected);
    }

    void invalidMobiles_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("letters") << QStringLiteral("sara");
        QTest::newRow("letter-inside") << QStringLiteral("0912123456a");
        QTest::newRow("short") << QStringLiteral("0912123456");
        QTest::newRow("long") << QStringLiteral("091212345678");
        QTest::newRow("nine-digits") << QStringLiteral("912123456");
        QTest::newRow("tehran-landline") << QStringLiteral("02188776655");
        QTest::newRow("iran-landline-e164") << QStringLiteral("+98 21 8877 6655");
        QTest::newRow("iran-short") << QStringLiteral("+98 912 123 456");
        QTest::newRow("iran-long") << QStringLiteral("+98 912 123 45678");
        QTest::newRow("no-nine") << QStringLiteral("8121234567");
        QTest::newRow("country-without-nine") << QStringLiteral("988121234567");
        QTest::newRow("persian-short") << QStringLiteral("۰۹۱۲۱۲۳۴۵۶");
        QTest::newRow("international-too-short") << QStringLiteral("+1234567");
        QTest::newRow("international-too-long") << QStringLiteral("+1234567890123456");
        QTest::newRow("international-leading-zero") << QStringLiteral("+0123456789");
        QTest::newRow("double-plus") << QStringLiteral("++989121234567");
        QTest::newRow("plus-inside") << QStringLiteral("0912+1234567");
        QTest::newRow("only-plus") << QStringLiteral("+");
        QTest::newRow("extension") << QStringLiteral("0912 123 4567 ext 2");
    }
    void invalidMobiles()
    {
        QFETCH(QString, input);
        const std::optional<QString> normalized = Validation::normalizeMobile(input);
        QVERIFY2(!normalized.has_value(), qPrintable(normalized.value_or(QString())));
    }

    void localMobile()
    {
        QCOMPARE(Validation::iranianLocalMobile(QStringLiteral("+989121234567")), QStringLiteral("09121234567"));
        QCOMPARE(Validation::iranianLocalMobile(QStringLiteral("+971501234567")), QString());
    }

    void nationalCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        // Check digits worked out by hand: sum(d[i] * (10 - i)) mod 11 = r; r < 2 ? r : 11 - r.
        QTest::newRow("remainder-2") << QStringLiteral("0012345679") << true << QStringLiteral("0012345679");
        QTest::newRow("remainder-1") << QStringLiteral("1234567891") << true << QStringLiteral("1234567891");
        QTest::newRow("remainder-0") << QStringLiteral("5678901230") << true << QStringLiteral("5678901230");
        QTest::newRow("remainder-0b") << QStringLiteral("1000000060") << true << QStringLiteral("1000000060");
        QTest::newRow("remainder-10") << QStringLiteral("2961453011") << true << QStringLiteral("2961453011");
        QTest::newRow("remainder-5") << QStringLiteral("4987654326") << true << QStringLiteral("4987654326");
        QTest::newRow("remainder-4") << QStringLiteral("0471234567") << true << QStringLiteral("0471234567");
        QTest::newRow("nine-digits-padded") << QStringLiteral("471234567") << true << QStringLiteral("0471234567");
        QTest::newRow("eight-digits-padded") << QStringLiteral("12345679") << true << QStringLiteral("0012345679");
        QTest::newRow("dashes") << QStringLiteral("001-234567-9") << true << QStringLiteral("0012345679");
        QTest::newRow("spaces") << QStringLiteral(" 007 654 3218 ") << true << QStringLiteral("0076543218");
        QTest::newRow("persian") << QStringLiteral("۰۰۱۲۳۴۵۶۷۹") << true << QStringLiteral("0012345679");
        QTest::newRow("arabic-indic") << QStringLiteral("٤٩٨٧٦٥٤٣٢٦") << true << QStringLiteral("4987654326");
        QTest::newRow("persian-nine-digits") << QStringLiteral("۴۷۱۲۳۴۵۶۷") << true << QStringLiteral("0471234567");

        QTest::newRow("wrong-check") << QStringLiteral("0012345670") << false << QStringLiteral("0012345670");
        QTest::newRow("wrong-check-r1") << QStringLiteral("1234567890") << false << QStringLiteral("1234567890");
        QTest::newRow("wrong-check-r0") << QStringLiteral("5678901231") << false << QStringLiteral("5678901231");
        QTest::newRow("wrong-check-r10") << QStringLiteral("2961453010") << false << QStringLiteral("2961453010");
        QTest::newRow("wrong-check-persian") << QStringLiteral("۴۹۸۷۶۵۴۳۲۷") << false << QStringLiteral("4987654327");
        // 1111111111 and 2222222222 even pass the check digit; they are still refused.
        QTest::newRow("all-zero") << QStringLiteral("0000000000") << false << QStringLiteral("0000000000");
        QTest::newRow("all-one") << QStringLiteral("1111111111") << false << QStringLiteral("1111111111");
        QTest::newRow("all-two") << QStringLiteral("2222222222") << false << QStringLiteral("2222222222");
        QTest::newRow("all-nine-persian") << QStringLiteral("۹۹۹۹۹۹۹۹۹۹") << false << QStringLiteral("9999999999");
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("seven-digits") << QStringLiteral("1234567") << false << QStringLiteral("1234567");
        QTest::newRow("eleven-digits") << QStringLiteral("00123456790") << false << QStringLiteral("00123456790");
        QTest::newRow("letter") << QStringLiteral("00123a5679") << false << QStringLiteral("00123a5679");
    }
    void nationalCodes()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QCOMPARE(Validation::isValidNationalCode(input), valid);
        QCOMPARE(Validation::normalizeNationalCode(input), normalized);
    }

    void emails_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << QStringLiteral("sara@example.com") << true << QStringLiteral("sara@example.com");
        QTest::newRow("trimmed-domain-lowered")
            << QStringLiteral("  Sara.Karimi@Example.COM ") << true << QStringLiteral("Sara.Karimi@example.com");
        QTest::newRow("plus-and-subdomains")
            << QStringLiteral("a+club@mail.co.ir") << true << QStringLiteral("a+club@mail.co.ir");
        QTest::newRow("underscore-dash") << QStringLiteral("x_y-z@my-shop.ae") << true
                                         << QStringLiteral("x_y-z@my-shop.ae");
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("no-at") << QStringLiteral("sara.example.com") << false << QStringLiteral("sara.example.com");
        QTest::newRow("no-domain") << QStringLiteral("sara@") << false << QStringLiteral("sara@");
        QTest::newRow("no-local") << QStringLiteral("@example.com") << false << QStringLiteral("@example.com");
        QTest::newRow("no-tld") << QStringLiteral("sara@example") << false << QStringLiteral("sara@example");
        QTest::newRow("one-letter-tld") << QStringLiteral("sara@example.c") << false
                                        << QStringLiteral("sara@example.c");
        QTest::newRow("two-ats") << QStringLiteral("sara@@example.com") << false << QStringLiteral("sara@@example.com");
        QTest::newRow("double-dot") << QStringLiteral("sara..k@example.com") << false
                                    << QStringLiteral("sara..k@example.com");
        QTest::newRow("leading-dot") << QStringLiteral(".sara@example.com") << false
                                     << QStringLiteral(".sara@example.com");
        QTest::newRow("dash-label") << QStringLiteral("sara@-example.com") << false
                                    << QStringLiteral("sara@-example.com");
        QTest::newRow("space-inside") << QStringLiteral("sara k@example.com") << false
                                      << QStringLiteral("sara k@example.com");
        QTest::newRow("persian-letters") << QStringLiteral("سارا@example.com") << false
                                         << QStringLiteral("سارا@example.com");
    }
    void emails()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QCOMPARE(Validation::isValidEmail(input), valid);
        QCOMPARE(Validation::normalizeEmail(input), normalized);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
