// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

// The design of a CR80 (ISO/IEC 7810 ID-1) card: two sides, each a background and a list of
// elements placed in millimetres. Element contents are templates bound to named fields
// ("{member.name}"); core fills the fields, this model never knows what a member is.
namespace Club::Devices {

enum class CardSide { Front, Back };

// Values a layout's templates are bound to. Keys are the names inside the braces.
struct CardFields
{
    QHash<QString, QString> text;
    QHash<QString, QImage> images;
};

struct CardElement
{
    enum class Kind { Text, Image, Barcode, Rectangle };
    enum class Alignment { Leading, Center, Trailing };
    enum class ImageFit { Contain, Cover, Stretch };
    enum class Symbology { Code128, Qr };

    Kind kind = Kind::Text;
    QRectF rectMm;
    int z = 0;

    // Text: `content` is the template. Barcode: `content` is the data template.
    // Image: `content` is a binding ("{member.photo}") used when `imageData` is empty.
    QString content;

    QString fontFamily = QStringLiteral("DejaVu Sans");
    qreal fontSizePt = 9;
    bool bold = false;
    Alignment alignment = Alignment::Leading;
    bool wordWrap = false;
    QColor color = Qt::black; // text colour, or the fill of a Rectangle

    QByteArray imageData; // embedded PNG (a logo)
    ImageFit fit = ImageFit::Contain;

    Symbology symbology = Symbology::Code128;

    qreal cornerRadiusMm = 0; // Rectangle

    bool operator==(const CardElement &other) const = default;
};

struct CardSideLayout
{
    QColor backgroundColor = Qt::white;
    QByteArray backgroundImage; // PNG or JPEG bytes, drawn over the colour and cropped to the card
    QList<CardElement> elements;
    // Additional areas nothing may be printed on (a contact chip, a signature panel).
    QList<QRectF> keepOutMm;

    bool operator==(const CardSideLayout &other) const = default;
};

struct LayoutIssue
{
    enum class Kind { OverlapsKeepOut, OutsideCard, EmptyGeometry };
    Kind kind;
    CardSide side;
    int elementIndex; // into CardSideLayout::elements

    bool operator==(const LayoutIssue &other) const = default;
};

class CardLayout
{
public:
    static constexpr qreal WidthMm = 85.60;
    static constexpr qreal HeightMm = 53.98;
    // ISO/IEC 7811-6 HiCo/LoCo stripe band, measured from the top edge of the side it is on.
    static constexpr qreal StripeTopMm = 5.54;
    static constexpr qreal StripeBottomMm = 15.82;
    static constexpr int FormatVersion = 1;

    enum class JsonError { None, NotJson, NotALayout, UnsupportedVersion, BadContent };

    QString name;
    bool magstripeOnBack = true;
    CardSideLayout front;
    CardSideLayout back;

    CardSideLayout &side(CardSide side) { return side == CardSide::Front ? front : back; }
    const CardSideLayout &side(CardSide side) const { return side == CardSide::Front ? front : back; }

    static QRectF cardRectMm() { return QRectF(0, 0, WidthMm, HeightMm); }
    // The stripe band (if the stripe is on this side) plus the side's own keep-out areas.
    QList<QRectF> keepOutZones(CardSide side) const;
    // Elements that overlap a keep-out zone, leave the card or have no area; empty when fine.
    QList<LayoutIssue> validate() const;

    QByteArray toJson() const;
    // Refuses documents of another format or version rather than guessing at them.
    static std::optional<CardLayout> fromJson(const QByteArray &json, JsonError *error = nullptr);

    // Replaces each "{name}" with fields.value(name); a missing field becomes empty text.
    // "{{" and "}}" stand for literal braces; a brace that does not open a well-formed
    // name ([A-Za-z0-9_.-]) is kept as it is.
    static QString resolve(const QString &templateText, const QHash<QString, QString> &fields);
    // The field name when `binding` is exactly one "{name}", else an empty string.
    static QString bindingName(const QString &binding);

    // Club name, member name, card number (text and Code128) and expiry on the front; the
    // stripe, "{club.terms}" and a QR of the card number on the back.
    static CardLayout defaultLayout();

    // The fields a store fills when it prints a member's card, in the order a designer
    // offers them: member.name, member.number, member.mobile, card.number, card.expiry,
    // card.type, club.name.
    static QStringList standardFields();
    // A new element of that kind with a size that suits it, placed in the middle of the
    // card; `content` is its template or binding.
    static CardElement newElement(CardElement::Kind kind,
                                  const QString &content = {},
                                  CardElement::Symbology symbology = CardElement::Symbology::Code128);
    // Drawing order: elements are painted by `z`, then by position in the list. These keep
    // the list in drawing order with z = index, so list position is what the user sees.
    void normalizeOrder(CardSide side);
    // Moves the element one step towards the front (+1) or back (-1); the new index, or
    // -1 when it cannot move.
    int moveElement(CardSide side, int index, int step);

    bool operator==(const CardLayout &other) const = default;
};

} // namespace Club::Devices
