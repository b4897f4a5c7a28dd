// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// MifareClassic over PcscCard/PcscContext against pcscd + vpcd with a virtual MIFARE Classic
// 1K (tests/support/vicc_mifare.py), checked with an independent PC/SC client (scriptor).
#include "pcsc/MifareClassic.h"
#include "TestMain.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Club::Devices;

namespace {
const QString ReaderPattern = QStringLiteral("^Virtual PCD 00 00$");
const QByteArray Uid = QByteArray::fromHex("5A3C9E11");
const QByteArray TransportKey = QByteArray::fromHex("FFFFFFFFFFFF");
const QByteArray NewKeyA = QByteArray::fromHex("1A2B3C4D5E6F");
const QByteArray NewKeyB = QByteArray::fromHex("6F5E4D3C2B1A");
constexpr int CardTimeoutMs = 10000;
} // namespace

class TestMifareClassic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void composeTrailer_data();
    void composeTrailer();
    void composeTrailerRejectsWrongLengths();
    void findsVirtualReader();
    void readsUid();
    void writesAndReadsDataBlock();
    void personalisesTrailer();
    void independentClientReadsUid();
    void reconnectsAfterResetByAnotherClient();
    void removedCardFails();

private:
    QString runScriptor(const QByteArray &script);
    // Connects (bounded wait for the card) and checks the ATR of a MIFARE Classic 1K.
    void connectCard(PcscCard &card);

    PcscContext m_context;
    QString m_reader;
    QProcess m_vicc;
};

void TestMifareClassic::initTestCase()
{
    // pcscd.sh writes KEY=VALUE lines (and a socket variable, should pcscd ever honour one)
    // that the PC/SC client must see before the context is established.
    QFile env(qEnvironmentVariable("CLUB_TEST_PCSC_ENV"));
    if (!env.open(QIODevice::ReadOnly))
        QSKIP("no pcscd fixture (CLUB_TEST_PCSC_ENV): run through ctest");
    while (!env.atEnd()) {
        const QByteArray line = env.readLine().trimmed();
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            qputenv(line.left(eq).constData(), line.mid(eq + 1));
    }

    QCOMPARE(m_context.establish(), PcscError::None);
    QCOMPARE(m_context.findReader(ReaderPattern, &m_reader), PcscError::None);

    m_vicc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_vicc.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(CLUB_TEST_VICC_MIFARE), QStringLiteral("--uid"), QString::fromLatin1(Uid.toHex()),
                  QStringLiteral("--port"), qEnvironmentVariable("CLUB_TEST_VPCD_PORT", QStringLiteral("35963"))});
    QVERIFY(m_vicc.waitForStarted(5000));
    QCOMPARE(m_context.waitForCard(m_reader, CardTimeoutMs), PcscError::None);
}

void TestMifareClassic::cleanupTestCase()
{
    if (m_vicc.state() != QProcess::NotRunning) {
        m_vicc.kill();
        m_vicc.waitForFinished(5000);
    }
}

void TestMifareClassic::connectCard(PcscCard &card)
{
    QCOMPARE(card.connect(m_reader, CardTimeoutMs), PcscError::None);
    QCOMPARE(card.atr(), QByteArray::fromHex("3B8F8001804F0CA000000306030001000000006A"));
}

void TestMifareClassic::composeTrailer_data()
{
    QTest::addColumn<int>("access");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("transport") << int(MifareClassic::Access::Transport)
                               << QByteArray::fromHex("1A2B3C4D5E6FFF0780696F5E4D3C2B1A");
    QTest::newRow("data, write with B") << int(MifareClassic::Access::DataWriteKeyB)
                                        << QByteArray::fromHex("1A2B3C4D5E6F787788696F5E4D3C2B1A");
    QTest::newRow("value block 2") << int(MifareClassic::Access::ValueBlock2KeyB)
                                   << QByteArray::fromHex("1A2B3C4D5E6F38778C696F5E4D3C2B1A");
}

void TestMifareClassic::composeTrailer()
{
    QFETCH(int, access);
    QFETCH(QByteArray, expected);
    const QByteArray bits = MifareClassic::accessBytes(MifareClassic::Access(access));
    QCOMPARE(MifareClassic::composeTrailer(NewKeyA, bits, 0x69, NewKeyB), expected);
}

void TestMifareClassic::composeTrailerRejectsWrongLengths()
{
    const QByteArray bits = MifareClassic::accessBytes(MifareClassic::Access::Transport);
    QVERIFY(MifareClassic::composeTrailer(NewKeyA.left(5), bits, 0x69, NewKeyB).isEmpty());
    QVERIFY(MifareClassic::composeTrailer(NewKeyA, bits.left(2), 0x69, NewKeyB).isEmpty());
    QVERIFY(MifareClassic::composeTrailer(NewKeyA, bits, 0x69, NewKeyB + '\0').isEmpty());
    QCOMPARE(MifareClassic::trailerBlock(1), 7);
    QCOMPARE(MifareClassic::sectorOf(7), 1);
    QVERIFY(MifareClassic::isTrailer(7));
    QVERIFY(!MifareClassic::isTrailer(4));
}

void TestMifareClassic::findsVirtualReader()
{
    QString name;
    QCOMPARE(m_context.findReader(QStringLiteral("virtual pcd 00 00"), &name), PcscError::None);
    QCOMPARE(name, QStringLiteral("Virtual PCD 00 00"));
    QCOMPARE(m_context.findReader(QStringLiteral("ACR122U"), &name), PcscError::ReaderNotFound);
    QVERIFY(name.isEmpty());
}

void TestMifareClassic::readsUid()
{
    PcscCard card(m_context);
    connectCard(card);
    MifareClassic mifare(card);
    QByteArray uid;
    QCOMPARE(mifare.getUid(&uid), MifareError::None);
    QCOMPARE(uid, Uid);
}

void TestMifareClassic::writesAndReadsDataBlock()
{
    PcscCard card(m_context);
    connectCard(card);
    MifareClassic mifare(card);
    const QByteArray block = QByteArray::fromHex("4C5901010001000012345678901234FF");

    // Without authentication the card refuses.
    QByteArray data;
    QCOMPARE(mifare.readBlock(4, &data), MifareError::OperationFailed);

    QCOMPARE(mifare.loadKey(0, TransportKey), MifareError::None);
    QCOMPARE(mifare.authenticate(4, MifareClassic::KeyType::A, 0), MifareError::None);
    QCOMPARE(mifare.readBlock(5, &data), MifareError::None);
    QCOMPARE(data, QByteArray(16, '\0'));
    QCOMPARE(mifare.writeBlock(5, block), MifareError::None);
    QCOMPARE(mifare.readBlock(5, &data), MifareError::None);
    QCOMPARE(data, block);
    // Authentication covers one sector only.
    QCOMPARE(mifare.readBlock(8, &data), MifareError::OperationFailed);
    QCOMPARE(mifare.writeBlock(0, block), MifareError::InvalidArgument);
    QCOMPARE(mifare.writeBlock(5, block.left(15)), MifareError::InvalidArgument);
}

void TestMifareClassic::personalisesTrailer()
{
    PcscCard card(m_context);
    connectCard(card);
    MifareClassic mifare(card);
    const QByteArray block = QByteArray::fromHex("00112233445566778899AABBCCDDEEFF");
    const QByteArray trailer = MifareClassic::composeTrailer(
        NewKeyA, MifareClassic::accessBytes(MifareClassic::Access::DataWriteKeyB), 0x69, NewKeyB);

    QCOMPARE(mifare.loadKey(0, TransportKey), MifareError::None);
    QCOMPARE(mifare.authenticate(7, MifareClassic::KeyType::A, 0), MifareError::None);
    QCOMPARE(mifare.writeBlock(4, block), MifareError::None);
    QCOMPARE(mifare.writeBlock(7, trailer), MifareError::None);

    // Re-authenticate with the new key A: data readable, not writable; keys read as zeros.
    QCOMPARE(mifare.loadKey(1, NewKeyA), MifareError::None);
    QCOMPARE(mifare.authenticate(4, MifareClassic::KeyType::A, 1), MifareError::None);
    QByteArray data;
    QCOMPARE(mifare.readBlock(4, &data), MifareError::None);
    QCOMPARE(data, block);
    QCOMPARE(mifare.writeBlock(4, QByteArray(16, '\x01')), MifareError::OperationFailed);
    QCOMPARE(mifare.authenticate(4, MifareClassic::KeyType::A, 1), MifareError::None);
    QCOMPARE(mifare.readBlock(7, &data), MifareError::None);
    QCOMPARE(data, QByteArray::fromHex("00000000000078778869000000000000"));

    // Key B may write the data block.
    QCOMPARE(mifare.loadKey(1, NewKeyB), MifareError::None);
    QCOMPARE(mifare.authenticate(4, MifareClassic::KeyType::B, 1), MifareError::None);
    QCOMPARE(mifare.writeBlock(4, QByteArray(16, '\x01')), MifareError::None);

    // The transport key no longer opens the sector, and a failed auth drops the old one.
    QCOMPARE(mifare.authenticate(4, MifareClassic::KeyType::A, 0), MifareError::AuthFailed);
    QCOMPARE(mifare.readBlock(4, &data), MifareError::OperationFailed);
    // Other sectors still carry the transport key.
    QCOMPARE(mifare.authenticate(8, MifareClassic::KeyType::A, 0), MifareError::None);
}

QString TestMifareClassic::runScriptor(const QByteArray &script)
{
    const QString scriptor = QStandardPaths::findExecutable(QStringLiteral("scriptor"));
    if (scriptor.isEmpty())
        return {};
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(scriptor, {QStringLiteral("-r"), m_reader});
    if (!client.waitForStarted(5000))
        return {};
    client.write(script);
    client.closeWriteChannel();
    if (!client.waitForFinished(20000)) {
        client.kill();
        client.waitForFinished(5000);
        return {};
    }
    return QString::fromLocal8Bit(client.readAll());
}

void TestMifareClassic::independentClientReadsUid()
{
    if (QStandardPaths::findExecutable(QStringLiteral("scriptor")).isEmpty())
        QSKIP("scriptor (pcsc-tools) not installed");
    const QString output = runScriptor("FF CA 00 00 00\n");
    const QRegularExpression answer(QStringLiteral("^< ([0-9A-F ]+) :"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = answer.match(output);
    QVERIFY2(match.hasMatch(), qPrintable(output));
    QCOMPARE(match.captured(1).trimmed(), QStringLiteral("5A 3C 9E 11 90 00"));
}

void TestMifareClassic::reconnectsAfterResetByAnotherClient()
{
    if (QStandardPaths::findExecutable(QStringLiteral("scriptor")).isEmpty())
        QSKIP("scriptor (pcsc-tools) not installed");
    PcscCard card(m_context);
    connectCard(card);
    MifareClassic mifare(card);
    QCOMPARE(mifare.loadKey(0, TransportKey), MifareError::None);
    QCOMPARE(mifare.authenticate(8, MifareClassic::KeyType::A, 0), MifareError::None);

    const QString output = runScriptor("reset\n");
    QVERIFY2(output.contains(QStringLiteral("< OK")), qPrintable(output));

    // The next exchange sees SCARD_W_RESET_CARD, reconnects once and succeeds; the
    // caller learns that the card lost its authentication.
    QByteArray uid;
    QCOMPARE(mifare.getUid(&uid), MifareError::None);
    QVERIFY(card.wasReset());
    QCOMPARE(uid, Uid);
    QByteArray data;
    QCOMPARE(mifare.readBlock(8, &data), MifareError::OperationFailed);
    QVERIFY(!card.wasReset());
}

void TestMifareClassic::removedCardFails()
{
    PcscCard card(m_context);
    connectCard(card);
    MifareClassic mifare(card);
    QByteArray uid;
    QCOMPARE(mifare.getUid(&uid), MifareError::None);

    m_vicc.kill();
    QVERIFY(m_vicc.waitForFinished(5000));
    // Whatever pcscd reports (removed card, no card, empty answer), it must be a failure.
    QCOMPARE(mifare.getUid(&uid), MifareError::Transport);
    QVERIFY(mifare.lastPcscError() != PcscError::None);
    QVERIFY(uid.isEmpty());
    // pcscd polls the reader, so its card state may lag the removal briefly.
    QTRY_VERIFY_WITH_TIMEOUT(card.connect(m_reader) != PcscError::None, 5000);
}

QTEST_GUILESS_MAIN(TestMifareClassic)
#include "tst_mifareclassic.moc"
