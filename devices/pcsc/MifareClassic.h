// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PcscCard.h"

#include <QByteArray>

#include <optional>

namespace Club::Devices {

enum class MifareError {
    None,
    Transport,       // PC/SC failed; see MifareClassic::lastPcscError()
    AuthFailed,      // wrong key, or the key type may not authenticate
    OperationFailed, // 63 00 on read/write/load: not authenticated or access bits forbid it
    BadResponse,     // unexpected status word or length
    InvalidArgument,
};

// MIFARE Classic 1K through the class FF pseudo-APDUs of PC/SC contactless readers
// (ACR122U, ACR1252U, vpcd). Authentication holds for one sector until power-off, reset
// or a failed authentication; load keys and authenticate within one connection.
class MifareClassic
{
public:
    static constexpr int BlockSize = 16;
    static constexpr int KeySize = 6;
    static constexpr int Blocks1K = 64;

    enum class KeyType : quint8 { A = 0x60, B = 0x61 };

    enum class Access {
        Transport,       // FF 07 80: factory; key A does everything, key B readable
        DataWriteKeyB,   // 78 77 88: data read A|B, write B; keys and access by B only
        ValueBlock2KeyB, // 38 77 8C: as above, block 2 a value block (decrement with A)
    };

    explicit MifareClassic(PcscCard &card);

    MifareError getUid(QByteArray *uid);
    MifareError loadKey(int slot, const QByteArray &key);
    MifareError authenticate(int block, KeyType type, int slot);
    MifareError readBlock(int block, QByteArray *data);
    MifareError writeBlock(int block, const QByteArray &data);

    // Value blocks (FF B1 / FF D7). The reader sends the operand big-endian; the card keeps
    // it little-endian in the block. readValue fails (63 00) when the block is not a valid
    // value block. increment/decrement take a non-negative delta and transfer the result
    // back into the same block.
    MifareError readValue(int block, qint32 *value);
    MifareError storeValue(int block, qint32 value);
    MifareError increment(int block, qint32 delta);
    MifareError decrement(int block, qint32 delta);

    PcscError lastPcscError() const { return m_lastPcscError; }

    static QByteArray accessBytes(Access access);
    // KeyA | access | GPB | KeyB; empty on a wrong key or access length.
    static QByteArray
    composeTrailer(const QByteArray &keyA, const QByteArray &access, quint8 gpb, const QByteArray &keyB);
    struct ValueBlock
    {
        qint32 value = 0;
        quint8 address = 0;
    };
    // v (4, LE) | ~v | v | addr | ~addr | addr | ~addr
    static QByteArray encodeValueBlock(qint32 value, quint8 address);
    // nullopt unless the block is 16 bytes with the three value copies and four address
    // copies consistent.
    static std::optional<ValueBlock> decodeValueBlock(const QByteArray &block);

    static int sectorOf(int block) { return block / 4; }
    static int trailerBlock(int sector) { return sector * 4 + 3; }
    static bool isTrailer(int block) { return block % 4 == 3; }

private:
    MifareError valueOperation(int block, quint8 operation, qint32 operand);
    MifareError exchange(const QByteArray &apdu, MifareError statusFailure, QByteArray *data);

    PcscCard &m_card;
    PcscError m_lastPcscError = PcscError::None;
};

} // namespace Club::Devices
