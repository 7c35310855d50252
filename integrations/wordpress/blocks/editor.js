/**
 * The editor side of the two dynamic blocks: settings in the sidebar, and the server's rendering as
 * the preview. Plain JavaScript on the `wp` globals, so the plugin needs no build step. Titles,
 * attributes and icons come from each block.json through the server.
 */
( function ( wp, data ) {
	const el = wp.element.createElement;
	const __ = wp.i18n.__;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl } = wp.components;

	function preview( name, attributes ) {
		return el( 'div', useBlockProps(), el( wp.serverSideRender, { block: name, attributes } ) );
	}

	wp.blocks.registerBlockType( 'ics-glossary/glossary', {
		edit( { attributes, setAttributes } ) {
			const categories = [ { label: __( 'All categories', 'ics-glossary' ), value: '' } ].concat(
				data.categories.map( ( category ) => ( { label: category, value: category } ) )
			);
			return el(
				wp.element.Fragment,
				null,
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Glossary', 'ics-glossary' ) },
						el( SelectControl, {
							label: __( 'Category shown first', 'ics-glossary' ),
							value: attributes.category,
							options: categories,
							onChange: ( category ) => setAttributes( { category } ),
						} ),
						el( TextControl, {
							label: __( 'Search shown first', 'ics-glossary' ),
							value: attributes.search,
							onChange: ( search ) => setAttributes( { search } ),
						} )
					)
				),
				preview( 'ics-glossary/glossary', attributes )
			);
		},
		save: () => null,
	} );

	wp.blocks.registerBlockType( 'ics-glossary/term', {
		edit( { attributes, setAttributes } ) {
			const entries = [ { label: __( 'Choose a term', 'ics-glossary' ), value: '' } ].concat(
				data.entries.map( ( entry ) => ( {
					label: entry.expansion ? entry.term + ' (' + entry.expansion + ')' : entry.term,
					value: entry.id,
				} ) )
			);
			return el(
				wp.element.Fragment,
				null,
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Term', 'ics-glossary' ) },
						el( SelectControl, {
							label: __( 'Glossary entry', 'ics-glossary' ),
							value: attributes.id,
							options: entries,
							onChange: ( id ) => setAttributes( { id } ),
						} ),
						el( TextControl, {
							label: __( 'Words shown (the term when empty)', 'ics-glossary' ),
							value: attributes.text,
							onChange: ( text ) => setAttributes( { text } ),
						} )
					)
				),
				preview( 'ics-glossary/term', attributes )
			);
		},
		save: () => null,
	} );
} )( window.wp, window.icsGlossaryBlocks );
