// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

// Creates or edits a product: code, barcode, names in Persian, Arabic and English, group,
// unit, default points, active, and whether it is offered as a gift for a number of
// points. Errors from CatalogService show under their field.
class ProductDialog : public QDialog
{
    Q_OBJECT

public:
    ProductDialog(UiContext &context, const Core::Product &product, const QList<Core::ProductGroup> &groups,
                  QWidget *parent = nullptr);

    static std::optional<Core::Product> createProduct(UiContext &context, const QList<Core::ProductGroup> &groups,
                                                      Core::Id groupId, QWidget *parent);
    static std::optional<Core::Product> editProduct(UiContext &context, const Core::Product &product,
                                                    const QList<Core::ProductGroup> &groups, QWidget *parent);

    bool isNew() const { return m_product.id == Core::kNoId; }
    Core::Product draft() const;
    const std::optional<Core::Product> &savedProduct() const { return m_saved; }
    FieldErrors &fieldErrors() const { return *m_errors; }

public Q_SLOTS:
    bool save();

private:
    UiContext &m_context;
    Core::Product m_product;
    std::optional<Core::Product> m_saved;
    FieldErrors *m_errors;
    QLineEdit *m_code;
    DigitLineEdit *m_barcode;
    QLineEdit *m_nameFa;
    QLineEdit *m_nameAr;
    QLineEdit *m_nameEn;
    QComboBox *m_group;
    QLineEdit *m_unit;
    DigitLineEdit *m_points;
    QCheckBox *m_isGift;
    DigitLineEdit *m_giftPoints;
    QCheckBox *m_active;
};

// "Drinks / Tea": each group with its ancestors, for choosers.
QString groupPath(const QList<Core::ProductGroup> &groups, Core::Id groupId);

} // namespace Club::Ui
