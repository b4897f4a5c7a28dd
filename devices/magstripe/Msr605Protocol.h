// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "magstripe/TrackCodec.h"

#include <QByteArray>

#include <optional>

// MSR206/MSR605/MSR606 command set (DEVICES.md §1). Pure: frames in, bytes out, no I/O, so
// the serial and the HID transport can share it and tests need no device.
namespace Club::Devices {

enum class Msr605Status {
    Ok,                 // 30
    ReadWriteError,     // 31
    CommandFormatError, // 32
    InvalidCommand,     // 34
    BadSwipe,           // 39
    SettingFailed,      // 41
    Unknown,            // any other byte: kept apart so a new firmware is not mistaken for success
};

enum class Msr605Coercivity { High, Low };

struct Msr605Tracks
{
    TrackCodec::IsoRead track1;
    TrackCodec::IsoRead track2;
    TrackCodec::IsoRead track3;
};

struct Msr605Reply
{
    enum class Kind { Status, CommunicationOk, IsoRead, Coercivity, Text, Malformed };
    Kind kind = Kind::Malformed;
    Msr605Status status = Msr605Status::Unknown; // Status, IsoRead (trailing status)
    quint8 statusByte = 0;
    Msr605Tracks tracks;                                  // IsoRead
    Msr605Coercivity coercivity = Msr605Coercivity::High; // Coercivity
    QByteArray text;                                      // Text: model or firmware
};

namespace Msr605Protocol {

QByteArray reset();
QByteArray communicationTest();
// nullopt when a track does not validate: the device would write garbage or refuse it.
// An empty track is sent empty, which leaves that track of the card as it was.
std::optional<QByteArray> writeIso(const QByteArray &track1, const QByteArray &track2, const QByteArray &track3);
QByteArray readIso();
// The selector byte is not a plain bit mask (track 1 alone is 00), hence booleans.
// nullopt when no track is selected.
std::optional<QByteArray> erase(bool track1, bool track2, bool track3);
QByteArray setHiCo();
QByteArray setLoCo();
QByteArray getCoercivity();
QByteArray model();
QByteArray firmware();

Msr605Status statusFromByte(quint8 byte);

// Incremental reply parser. The reply format depends on the command sent, so the caller
// says what it expects; bytes may arrive in any chunks (serial reads split replies).
class ReplyParser
{
public:
    enum class Expect { Status, CommunicationTest, IsoRead, Coercivity, Model, Firmware };

    // Drops anything buffered: a new command starts a new reply.
    void expect(Expect expect);
    // Appends bytes and returns the reply once complete; bytes after it are dropped,
    // the device sends nothing unsolicited.
    std::optional<Msr605Reply> feed(const QByteArray &chunk);
    int buffered() const { return int(m_buffer.size()); }

private:
    std::optional<Msr605Reply> parseIsoRead();

    Expect m_expect = Expect::Status;
    QByteArray m_buffer;
};

} // namespace Msr605Protocol
} // namespace Club::Devices
