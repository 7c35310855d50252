<?php
/**
 * Installs the test site from the command line: WordPress itself, two users, the theme, the plugin
 * from its zip through WordPress's own plugin installer, and the posts the test reads. Prints what it
 * made as one JSON line after "RESULT ".
 *
 * Usage: php -d auto_prepend_file=PREPEND install.php ZIP THEME
 *
 * @package IcsGlossaryTest
 */

define( 'WP_INSTALLING', true );
require_once '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

list( , $zip, $theme ) = $argv;

wp_install( 'Northshire Health Watch', 'admin', 'admin@example.org', true, '', 'admin-password' );
wp_insert_user(
	array(
		'user_login' => 'editor',
		'user_pass'  => 'editor-password',
		'user_email' => 'editor@example.org',
		'role'       => 'editor',
	)
);
wp_set_current_user( 1 );
// No welcome guide over the block editor (preferences kept in user meta since WordPress 6.1).
update_user_meta(
	1,
	$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
	array(
		'core/edit-post' => array( 'welcomeGuide' => false ),
		'_modified'      => gmdate( 'c' ),
	)
);
$GLOBALS['wp_rewrite']->set_permalink_structure( '/%year%/%monthnum%/%postname%/' );
update_option( 'timezone_string', 'Europe/London' );
switch_theme( $theme );

$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
if ( true !== $upgrader->install( $zip ) ) {
	fwrite( STDERR, 'The plugin did not install: ' . implode( "\n", $upgrader->skin->get_upgrade_messages() ) . "\n" );
	exit( 1 );
}
$activated = activate_plugin( 'ics-glossary/ics-glossary.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'The plugin did not activate: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

$story = '<!-- wp:paragraph --><p>The Northshire ICS met on Monday. Its chair said the CCGs would keep their budgets for the coming year, and that the STP would publish its five-year plan in the spring.</p><!-- /wp:paragraph -->'
	. '<!-- wp:paragraph --><p>Members of the ICS asked how the CCGs would work together.</p><!-- /wp:paragraph -->';
$posts = array(
	'story2019'  => array( 'Northshire health leaders set out their plans', $story, '2019-01-21 09:30:00', 'post' ),
	'storyToday' => array( 'Northshire health leaders set out their plans again', $story, current_time( 'mysql' ), 'post' ),
	'storyOff'   => array( 'A post whose author turned the glossary off', $story, current_time( 'mysql' ), 'post' ),
	'custom'     => array(
		'Our care hubs',
		'<!-- wp:paragraph --><p>Each care hub works with the ICB.</p><!-- /wp:paragraph -->',
		current_time( 'mysql' ),
		'post',
	),
	'terms'      => array(
		'Terms marked by hand',
		'<!-- wp:paragraph --><p>The [ics_term id="icb"]integrated care boards[/ics_term] took over in 2022.</p><!-- /wp:paragraph -->'
			. '<!-- wp:ics-glossary/term {"id":"ccg","text":"clinical commissioning groups"} /-->'
			. '<!-- wp:ics-glossary/glossary {"category":"law"} /-->',
		'2021-03-01 12:00:00',
		'page',
	),
	'glossary'   => array( 'Glossary', '<!-- wp:shortcode -->[ics_glossary search_param="q"]<!-- /wp:shortcode -->', current_time( 'mysql' ), 'page' ),
	'plain'      => array( 'About us', '<!-- wp:paragraph --><p>We write about the NHS in Northshire: the ICS, its ICB and the hospitals.</p><!-- /wp:paragraph -->', current_time( 'mysql' ), 'page' ),
);
$result = array( 'posts' => array() );
foreach ( $posts as $key => list( $title, $content, $date, $type ) ) {
	$id = wp_insert_post(
		array(
			'post_title'   => $title,
			'post_content' => $content,
			'post_date'    => $date,
			'post_status'  => 'publish',
			'post_type'    => $type,
			'post_author'  => 1,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$result['posts'][ $key ] = array(
		'id'  => $id,
		'url' => get_permalink( $id ),
	);
}
echo 'RESULT ', wp_json_encode( $result ), "\n";
