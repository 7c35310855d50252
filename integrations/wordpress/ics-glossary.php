<?php
/**
 * Plugin Name:       NHS integrated care glossary
 * Description:       Explains NHS integrated care jargon (ICS, ICB, ICP, STP…) in your posts as it stood on each post's date, with an A–Z glossary page. Built on the ics-glossary web components.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       ics-glossary
 *
 * @package IcsGlossary
 */

namespace IcsGlossary;

defined( 'ABSPATH' ) || exit;

const VERSION = '0.1.0';
const FILE    = __FILE__;
define( __NAMESPACE__ . '\DIR', plugin_dir_path( __FILE__ ) );

require_once DIR . 'includes/class-options.php';
require_once DIR . 'includes/class-glossary.php';
require_once DIR . 'includes/class-assets.php';
require_once DIR . 'includes/class-markup.php';
require_once DIR . 'includes/class-content.php';
require_once DIR . 'includes/class-shortcodes.php';
require_once DIR . 'includes/class-blocks.php';
require_once DIR . 'includes/class-schema.php';
require_once DIR . 'includes/class-validator.php';
require_once DIR . 'includes/class-settings.php';

Assets::init();
Content::init();
Shortcodes::init();
Blocks::init();
Settings::init();
