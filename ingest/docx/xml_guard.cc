#include "ingest/docx/xml_guard.h"

#include <string>

namespace baocao {
namespace {

// XML keywords are case-sensitive, so "<!doctype" is not a DTD (and
// pugixml rejects it as malformed anyway).
bool DeclaresDtd(std::string_view xml) {
  return xml.find("<!DOCTYPE") != std::string_view::npos ||
         xml.find("<!ENTITY") != std::string_view::npos;
}

}  // namespace

int XmlElementDepth(const pugi::xml_node& root) {
  // Walk the tree with parent/sibling links: no recursion, no stack.
  int depth = 0;
  int deepest = 0;
  pugi::xml_node node = root;
  if (!node) return 0;
  if (node.type() == pugi::node_element) depth = deepest = 1;
  pugi::xml_node child = node.first_child();
  if (!child) return deepest;
  node = child;
  for (;;) {
    if (node.type() == pugi::node_element) {
      ++depth;
      if (depth > deepest) deepest = depth;
      if (node.first_child()) {
        node = node.first_child();
        continue;
      }
      --depth;  // a leaf element: leave it again
    }
    // Go to the next sibling, climbing up as needed.
    while (!node.next_sibling()) {
      node = node.parent();
      if (node == root || !node) return deepest;
      if (node.type() == pugi::node_element) --depth;
    }
    node = node.next_sibling();
  }
}

Result<std::unique_ptr<pugi::xml_document>> ParseXmlPart(std::string_view part_name,
                                                         std::string_view xml, int max_depth) {
  const std::string name(part_name);
  const Status dtd = Status::Hostile("XML part " + name +
                                     " declares a DTD; external entities are never resolved");
  if (DeclaresDtd(xml)) return dtd;

  auto doc = std::make_unique<pugi::xml_document>();
  // parse_doctype keeps a DOCTYPE as a node, so one hidden from the byte scan
  // (a UTF-16 part) is still seen below. parse_ws_pcdata_single keeps
  // <w:t> </w:t>.
  const unsigned options = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata_single;
  const pugi::xml_parse_result parsed = doc->load_buffer(xml.data(), xml.size(), options);
  if (!parsed) {
    return Status::InvalidInput("XML part " + name + " is malformed: " + parsed.description() +
                                " at byte " + std::to_string(parsed.offset));
  }
  for (const pugi::xml_node& top : doc->children()) {
    if (top.type() == pugi::node_doctype) return dtd;
  }
  const int depth = XmlElementDepth(*doc);
  if (depth > max_depth) {
    return Status::Hostile("XML part " + name + " nested " + std::to_string(depth) +
                           " deep, over the limit of " + std::to_string(max_depth));
  }
  return doc;
}

}  // namespace baocao
