// Parses one XML part of a DOCX with pugixml, refusing what a hostile file
// could use against us:
//
//   Result<std::unique_ptr<pugi::xml_document>> xml =
//       ParseXmlPart("word/document.xml", bytes, limits.max_xml_depth);
//
// - Any DTD (<!DOCTYPE, <!ENTITY) is refused as Hostile. pugixml never
//   resolves entities, but WordprocessingML never needs a DTD, so one is a
//   sign of an XXE or billion-laughs attempt and the file is quarantined.
// - Element nesting deeper than max_depth is refused as Hostile; later
//   stages may recurse over the tree, so the depth is bounded here. The
//   depth is measured without recursion.
// - A parse error is InvalidInput with pugixml's description and offset.
//
// Whitespace-only text in a lone element (<w:t> </w:t>) is kept: in Word a
// single space run is content.
//
// Thread safety: reentrant.
#ifndef BAOCAO_INGEST_DOCX_XML_GUARD_H_
#define BAOCAO_INGEST_DOCX_XML_GUARD_H_

#include <memory>
#include <string_view>

#include <pugixml.hpp>

#include "util/status.h"

namespace baocao {

Result<std::unique_ptr<pugi::xml_document>> ParseXmlPart(std::string_view part_name,
                                                         std::string_view xml, int max_depth);

// Deepest element nesting under `node` (the node itself counts 1 if it is an
// element). Iterative.
int XmlElementDepth(const pugi::xml_node& node);

}  // namespace baocao

#endif  // BAOCAO_INGEST_DOCX_XML_GUARD_H_
