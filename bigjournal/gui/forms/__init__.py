"""Python forms generated from ui/*.ui by bigjournal.gui.build_forms; do not edit."""
